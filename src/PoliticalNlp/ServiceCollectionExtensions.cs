using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PoliticalNlp;

/// <summary>Registers PoliticalNlp with a dependency-injection container.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers one shared <see cref="PoliticalTextAnalyzer"/> (a singleton: it is thread-safe and loads its models once)
    /// and its <see cref="PoliticalNlpOptions"/>. Calling it again adds the new configuration to the same registration
    /// instead of registering a second analyzer. The options are validated here, at start-up, with every configuration
    /// given so far (so a configuration action may run more than once: keep it free of side effects).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional configuration of the analyzer's options.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">The configured options are invalid (<see cref="PoliticalNlpOptions.Validate"/>).</exception>
    public static IServiceCollection AddPoliticalNlp(this IServiceCollection services, Action<PoliticalNlpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var registration = services.FirstOrDefault(d => d.ServiceType == typeof(Registration))?.ImplementationInstance as Registration;
        if (registration is null)
        {
            registration = new Registration();
            services.AddSingleton(registration);
            services.TryAddSingleton(_ => registration.Build());
            services.TryAddSingleton(sp => new PoliticalTextAnalyzer(sp.GetRequiredService<PoliticalNlpOptions>()));
        }
        var configurations = configure is null ? registration.Configurations : [.. registration.Configurations, configure];
        Registration.Build(configurations); // validate now, before the application starts serving
        registration.Configurations = configurations;
        return services;
    }

    /// <summary>The configurations given to every <see cref="AddPoliticalNlp"/> call on one service collection.</summary>
    private sealed class Registration
    {
        public List<Action<PoliticalNlpOptions>> Configurations { get; set; } = [];

        public PoliticalNlpOptions Build() => Build(Configurations);

        public static PoliticalNlpOptions Build(List<Action<PoliticalNlpOptions>> configurations)
        {
            var options = new PoliticalNlpOptions();
            foreach (var configure in configurations) configure(options);
            options.Validate();
            return options;
        }
    }
}
