using PoliticalNlp.Lexicons;

namespace PoliticalNlp.Models;

/// <summary>The models and lexicons shipped inside the package, loaded once per process on first use.</summary>
internal static class EmbeddedModels
{
    public const string EntityModelResource = "PoliticalNlp.Models.entities.bin";

    private static readonly Lazy<SequenceModel> s_entities = new(() => LoadModel(EntityModelResource));
    private static readonly Lazy<Gazetteer> s_gazetteer = new(() => Gazetteer.LoadEmbedded([], []));

    public static SequenceModel EntityModel => s_entities.Value;

    public static Gazetteer Gazetteer => s_gazetteer.Value;

    private static readonly Lazy<WordClasses> s_wordClasses = new(WordClasses.LoadEmbedded);

    public static WordClasses WordClasses => s_wordClasses.Value;

    private static SequenceModel LoadModel(string resource)
    {
        using var stream = typeof(EmbeddedModels).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded model '{resource}' is missing from the PoliticalNlp assembly.");
        return SequenceModel.Load(stream);
    }

    /// <summary>Loads a model file the user trained (options.EntityModelPath).</summary>
    public static SequenceModel LoadModelFile(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return SequenceModel.Load(stream);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            throw new InvalidDataException($"'{path}' is not a valid PoliticalNlp entity model: {e.Message}", e);
        }
    }
}
