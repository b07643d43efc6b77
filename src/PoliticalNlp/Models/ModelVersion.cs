using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace PoliticalNlp.Models;

/// <summary>
/// The <c>modelVersion</c> written with every document: the package version and a digest of everything that decides
/// the output besides the code (embedded models and lexicons, a user's model file, extra names), so two outputs
/// with the same modelVersion came from the same models.
/// </summary>
internal static class ModelVersion
{
    private static readonly string[] EmbeddedResources =
        [EmbeddedModels.EntityModelResource, "PoliticalNlp.Models.lexicon.bin", "PoliticalNlp.Models.cues.bin", "PoliticalNlp.Models.wordclasses.bin",
         "PoliticalNlp.Models.links.bin", "PoliticalNlp.Models.claimwords.tsv", Claims.LinkRuleWords.ResourceName,
         Lexicons.GrammarWords.ResourceName, Lexicons.EntityWords.ResourceName];

    private static readonly Lazy<string> s_default = new(() => Compute(null, [], []));

    /// <summary>The version of the shipped models with no options.</summary>
    public static string Default => s_default.Value;

    /// <summary>The version for an analyzer built with these options.</summary>
    public static string For(PoliticalNlpOptions options) =>
        options.EntityModelPath is null && options.ExtraAgencies.Count == 0 && options.ExtraPeople.Count == 0
            ? Default
            : Compute(options.EntityModelPath, options.ExtraAgencies, options.ExtraPeople);

    private static string Compute(string? modelPath, IEnumerable<string> extraAgencies, IEnumerable<string> extraPeople)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var assembly = typeof(ModelVersion).Assembly;
        foreach (var name in EmbeddedResources)
        {
            if (modelPath is not null && name == EmbeddedModels.EntityModelResource) continue;
            using var stream = assembly.GetManifestResourceStream(name);
            if (stream is not null) Append(hash, stream);
        }
        if (modelPath is not null)
        {
            using var file = File.OpenRead(modelPath);
            Append(hash, file);
        }
        foreach (var name in extraAgencies) hash.AppendData(Encoding.UTF8.GetBytes("agency\0" + name + "\0"));
        foreach (var name in extraPeople) hash.AppendData(Encoding.UTF8.GetBytes("person\0" + name + "\0"));
        string digest = Convert.ToHexString(hash.GetHashAndReset().AsSpan(0, 6)).ToLowerInvariant();
        return $"{PackageVersion}+models.{digest}";
    }

    private static void Append(IncrementalHash hash, Stream stream)
    {
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0) hash.AppendData(buffer, 0, read);
    }

    /// <summary>The package version without the source revision SourceLink appends (<c>0.1.0+abc123</c> → <c>0.1.0</c>).</summary>
    private static string PackageVersion
    {
        get
        {
            var informational = typeof(ModelVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            if (string.IsNullOrEmpty(informational)) return typeof(ModelVersion).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
            int plus = informational.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? informational : informational[..plus];
        }
    }
}
