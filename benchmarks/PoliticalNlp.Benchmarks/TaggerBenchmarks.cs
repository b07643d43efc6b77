using BenchmarkDotNet.Attributes;
using PoliticalNlp.Entities;
using PoliticalNlp.Lexicons;
using PoliticalNlp.Models;
using PoliticalNlp.Text;

namespace PoliticalNlp.Benchmarks;

/// <summary>
/// The tagger's hot path alone: tokenize the news corpus into a reused buffer, then gazetteer, features, Viterbi and
/// span rules sentence by sentence into reused lists, as the analyzer does. Allocated should read 0 B: nothing is
/// allocated per token (or per sentence); what Analyze allocates is its result. Tokens a second = TokenCount / Mean.
/// </summary>
[MemoryDiagnoser]
public class TaggerBenchmarks
{
    private readonly EntityRecognizer _recognizer = new(EmbeddedModels.EntityModel, EmbeddedModels.Gazetteer, EmbeddedModels.WordClasses);
    private readonly List<GazetteerMatch> _matches = new(64);
    private readonly List<EntityMention> _mentions = new(1 << 12);
    private TokenBuffer _buffer = new();
    private Sentence[] _sentences = [];
    private bool[] _shouting = [];
    private string _text = "";

    /// <summary>How many tokens one operation tags (printed at setup, for tokens/s).</summary>
    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = NewsCorpus.Load();
        _buffer = NewsCorpus.Tokenize(_text);
        _sentences = SentenceSplitter.Split(_text, _buffer.Tokens);
        _shouting = new bool[_sentences.Length];
        TokenCount = _buffer.Count;
        TokenizeAndTag();
        Console.WriteLine($"// corpus: {_text.Length} chars, {TokenCount} tokens, {_sentences.Length} sentences, {_mentions.Count} mentions");
    }

    [Benchmark]
    public int TokenizeAndTag()
    {
        _buffer.Clear();
        Tokenizer.Tokenize(_text, _buffer);
        _mentions.Clear();
        var tokens = _buffer.Tokens;
        var memory = DocumentMemory.Rent();
        // As the analyzer tags: the document's casing surveyed first, sentences in capitals last.
        for (int s = 0; s < _sentences.Length; s++)
            _shouting[s] = memory.SurveyCapitals(_text, tokens.Slice(_sentences[s].FirstToken, _sentences[s].TokenCount));
        foreach (var sentence in _sentences) memory.SurveyLowerCase(_text, tokens.Slice(sentence.FirstToken, sentence.TokenCount));
        for (int pass = 0; pass < 2; pass++)
        {
            for (int s = 0; s < _sentences.Length; s++)
            {
                if (_shouting[s] != (pass == 1)) continue;
                var sentence = _sentences[s];
                _recognizer.Recognize(_text, tokens.Slice(sentence.FirstToken, sentence.TokenCount), sentence.FirstToken, _matches, _mentions, memory, _shouting[s]);
            }
        }
        DocumentMemory.Return(memory);
        return _mentions.Count;
    }
}
