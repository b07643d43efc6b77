using Microsoft.Extensions.DependencyInjection;

namespace PoliticalNlp.Tests.Api;

public class DependencyInjectionTests
{
    [Fact]
    public void Registering_twice_gives_one_analyzer_with_both_configurations()
    {
        var services = new ServiceCollection();
        services.AddPoliticalNlp(o => o.ExtraAgencies.Add("Ministry of Silly Walks"));
        services.AddPoliticalNlp(o => o.ExtraPeople.Add("Zed Quorvax"));
        services.AddPoliticalNlp();
        Assert.Single(services, d => d.ServiceType == typeof(PoliticalTextAnalyzer));
        Assert.Single(services, d => d.ServiceType == typeof(PoliticalNlpOptions));
        using var provider = services.BuildServiceProvider();
        var analyzer = provider.GetRequiredService<PoliticalTextAnalyzer>();
        Assert.Same(analyzer, provider.GetRequiredService<PoliticalTextAnalyzer>());
        var options = provider.GetRequiredService<PoliticalNlpOptions>();
        Assert.Equal(["Ministry of Silly Walks"], options.ExtraAgencies);
        Assert.Equal(["Zed Quorvax"], options.ExtraPeople);
        var doc = analyzer.Analyze("Zed Quorvax met the Ministry of Silly Walks.");
        Assert.Contains(doc.Entities, e => e.Text == "Ministry of Silly Walks" && e.Type == EntityType.Agency);
        Assert.Contains(doc.Entities, e => e.Text == "Zed Quorvax" && e.Type == EntityType.Person);
    }

    [Fact]
    public void Invalid_options_fail_at_registration_not_at_first_use()
    {
        var services = new ServiceCollection();
        var error = Assert.Throws<ArgumentException>(() => services.AddPoliticalNlp(o =>
        {
            o.ExtraAgencies.Add(" ");
            o.EntityModelPath = "/no/such/model.bin";
        }));
        Assert.Contains("ExtraAgencies[0] is empty", error.Message);
        Assert.Contains("'/no/such/model.bin' does not exist", error.Message);
        // Nothing half-registered is left behind that would fail later: a valid call still works.
        services.AddPoliticalNlp(o => o.ExtraPeople.Add("Zed Quorvax"));
        using var provider = services.BuildServiceProvider();
        Assert.Equal(["Zed Quorvax"], provider.GetRequiredService<PoliticalNlpOptions>().ExtraPeople);
    }

    [Fact]
    public void A_second_invalid_registration_is_refused_and_the_first_stays()
    {
        var services = new ServiceCollection();
        services.AddPoliticalNlp(o => o.ExtraPeople.Add("Zed Quorvax"));
        var error = Assert.Throws<ArgumentException>(() => services.AddPoliticalNlp(o => o.EntityModelPath = Path.GetTempPath()));
        Assert.Contains("is a directory", error.Message);
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<PoliticalNlpOptions>();
        Assert.Null(options.EntityModelPath);
        Assert.Equal(["Zed Quorvax"], options.ExtraPeople);
    }

    [Fact]
    public void Options_validate_lists_every_problem()
    {
        var options = new PoliticalNlpOptions { EntityModelPath = Path.GetTempPath() };
        options.ExtraPeople.Add("");
        var error = Assert.Throws<ArgumentException>(options.Validate);
        Assert.Contains("is a directory", error.Message);
        Assert.Contains("ExtraPeople[0] is empty", error.Message);
        new PoliticalNlpOptions().Validate();
    }
}
