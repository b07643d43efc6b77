using Microsoft.Extensions.DependencyInjection;

namespace PoliticalNlp;

/// <summary>Registers PoliticalNlp with a dependency-injection container.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers one shared <see cref="PoliticalTextAnalyzer"/> (a singleton: it is thread-safe and loads its models once).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional configuration of the analyzer's options.</param>
    /// <returns>The same service collection, for chaining.</returns>
    public static IServiceCollection AddPoliticalNlp(this IServiceCollection services, Action<PoliticalNlpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new PoliticalNlpOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.AddSingleton(sp => new PoliticalTextAnalyzer(sp.GetRequiredService<PoliticalNlpOptions>()));
        return services;
    }
}
