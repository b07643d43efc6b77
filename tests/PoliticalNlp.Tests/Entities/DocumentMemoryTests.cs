using PoliticalNlp.Entities;
using PoliticalNlp.Text;

namespace PoliticalNlp.Tests.Entities;

/// <summary>What the tagger remembers of a document's earlier sentences, and that it forgets between documents.</summary>
public class DocumentMemoryTests
{
    private static readonly string[] Labels = ["O", "B-PER", "I-PER", "B-STA", "I-STA", "B-AGE", "I-AGE", "B-PLA", "I-PLA"];
    private static readonly int[] Types = DocumentMemory.TypeIndexes(Labels);
    private static readonly bool[] Begins = DocumentMemory.Begins(Labels);
    private const int Mask = (1 << 18) - 1;

    private static (string Text, Token[] Tokens, TokenKey[] Keys) Sentence(string text)
    {
        var buffer = new TokenBuffer(16);
        Tokenizer.Tokenize(text, buffer);
        var tokens = buffer.ToArray();
        var keys = new TokenKey[tokens.Length];
        TokenKey.Describe(text, tokens, keys);
        return (text, tokens, keys);
    }

    private static int[] Features(DocumentMemory memory, string word)
    {
        var output = new int[DocumentMemory.MaxFeatures];
        int n = memory.AddFeatures(TokenKey.Of(word).Normalized, sentenceStart: false, DocumentMemory.Casing.Telling, Mask, output, 0);
        return output[..n];
    }

    [Fact]
    public void Labels_are_numbered_by_type_and_outside_is_none()
    {
        Assert.Equal([-1, 0, 0, 1, 1, 2, 2, 3, 3], Types);
        Assert.Equal([-1, 0, 1, 2, 3, 0, 1, 2, 3], DocumentMemory.TypeIndexes(["O", "B-LOC", "B-MISC", "B-ORG", "B-PER", "I-LOC", "I-MISC", "I-ORG", "I-PER"]));
    }

    [Fact]
    public void A_surname_seen_closing_a_full_name_is_remembered_as_part_of_a_longer_person_name()
    {
        var memory = DocumentMemory.Rent();
        try
        {
            var unseen = Features(memory, "Marsh");
            var (text, tokens, keys) = Sentence("Ivo Marsh spoke in Lisbon .");
            memory.Record(text, tokens, keys, [1, 2, 0, 0, 7, 0], Types, Begins);
            var seen = Features(memory, "MARSH"); // a headline's capitals are the same word
            Assert.Equal(3, unseen.Length); // "first seen here", and the survey's "no evidence either way"
            Assert.True(seen.Length >= 3, "the majority type, the type seen and the longer name's type");
            Assert.NotEqual(seen, Features(memory, "Lisbon")); // a place alone, not part of a person's name
            Assert.Equal(unseen, Features(memory, "spoke")); // lower-case words are never recorded
        }
        finally
        {
            DocumentMemory.Return(memory);
        }
    }

    [Fact]
    public void A_new_document_starts_with_nothing_remembered()
    {
        var memory = DocumentMemory.Rent();
        var (text, tokens, keys) = Sentence("Naftogaz said so .");
        memory.Record(text, tokens, keys, [5, 0, 0, 0], Types, Begins);
        var remembered = Features(memory, "Naftogaz");
        DocumentMemory.Return(memory);
        var next = DocumentMemory.Rent();
        try
        {
            Assert.NotEqual(remembered, Features(next, "Naftogaz"));
            Assert.Equal(Features(next, "Neverseen"), Features(next, "Naftogaz"));
        }
        finally
        {
            DocumentMemory.Return(next);
        }
    }

    [Fact]
    public void Thousands_of_distinct_names_grow_the_table_without_losing_any()
    {
        var memory = DocumentMemory.Rent();
        try
        {
            // Letters, not digits: the word hash folds every digit to 0.
            var words = Enumerable.Range(0, 5000).Select(i => "N" + (char)('a' + i % 26) + (char)('a' + i / 26 % 26) + (char)('a' + i / 676)).ToArray();
            var (text, tokens, keys) = Sentence(string.Join(' ', words));
            var labels = new int[tokens.Length];
            for (int i = 0; i < labels.Length; i++) labels[i] = i % 2 == 0 ? 1 : 7;
            memory.Record(text, tokens, keys, labels, Types, Begins);
            for (int i = 0; i < words.Length; i += 499)
                Assert.Equal(Features(memory, words[i % 2]), Features(memory, words[i]));
        }
        finally
        {
            DocumentMemory.Return(memory);
        }
    }

    [Fact]
    public void What_one_document_taught_the_tagger_does_not_reach_the_next()
    {
        var analyzer = new PoliticalTextAnalyzer(new PoliticalNlpOptions { ExtractClaims = false });
        const string second = "Kelmarsh said the plan would fail. Kelmarsh later left for Ostrava.";
        string alone = analyzer.Analyze(second).ToJson();
        analyzer.Analyze("Kelmarsh Holdings, a company, sued. Kelmarsh Holdings lost. Ostrava Group appealed. Kelmarsh won.");
        Assert.Equal(alone, analyzer.Analyze(second).ToJson());
    }

    /// <summary>Surveys a document's sentences as the analyzer does: every sentence's capitals, then its lower-case words.</summary>
    private static void Survey(DocumentMemory memory, params (string Text, Token[] Tokens)[] sentences)
    {
        foreach (var (text, tokens) in sentences) memory.SurveyCapitals(text, tokens);
        foreach (var (text, tokens) in sentences) memory.SurveyLowerCase(text, tokens);
    }

    [Fact]
    public void A_word_after_a_possessive_stands_inside_its_sentence_and_one_after_a_quote_mark_first()
    {
        var (t, tokens, _) = Sentence("Britain's Labour won, and 'Labour won' she said.");
        int Index(int from) => Array.FindIndex(tokens, from, k => k.AsSpan(t).SequenceEqual("Labour"));
        int first = Index(0), second = Index(first + 1);
        Assert.Equal("'s", tokens[first - 1].AsSpan(t).ToString()); // the clitic is one token
        Assert.Equal(DocumentMemory.Casing.Telling, DocumentMemory.CasingOf(t, tokens, first, shouting: false));
        Assert.Equal(DocumentMemory.Casing.Initial, DocumentMemory.CasingOf(t, tokens, second, shouting: false));
        Assert.Equal(DocumentMemory.Casing.Initial, DocumentMemory.CasingOf(t, tokens, 0, shouting: false));
    }

    private static int[] Features(DocumentMemory memory, string word, DocumentMemory.Casing casing)
    {
        var output = new int[DocumentMemory.MaxFeatures];
        int n = memory.AddFeatures(TokenKey.Of(word).Normalized, sentenceStart: casing == DocumentMemory.Casing.Initial, casing, Mask, output, 0);
        return output[..n];
    }

    [Fact]
    public void A_sentence_mostly_in_capitals_is_shouting_and_an_acronym_alone_is_not()
    {
        var (headline, headlineTokens, _) = Sentence("VORLAND CABINET QUITS OVER BUDGET");
        var (plain, plainTokens, _) = Sentence("NATO and the UN said so .");
        var (acronyms, acronymTokens, _) = Sentence("NATO , EU and UN agreed .");
        Assert.False(DocumentMemory.IsShouting(acronyms, acronymTokens));
        var (short1, shortTokens, _) = Sentence("OSLO 2026-12-03");
        Assert.True(DocumentMemory.IsShouting(headline, headlineTokens));
        Assert.False(DocumentMemory.IsShouting(plain, plainTokens));
        Assert.False(DocumentMemory.IsShouting(short1, shortTokens)); // a dateline has one word: nothing to go by
    }

    [Fact]
    public void A_headline_word_capitalised_inside_a_sentence_further_on_is_told_apart_from_one_written_lower_case()
    {
        var memory = DocumentMemory.Rent();
        try
        {
            var (h, ht, _) = Sentence("KELMARSH QUITS OVER BUDGET");
            var (b, bt, _) = Sentence("The minister , Ivo Kelmarsh , said he quits over the budget .");
            Survey(memory, (h, ht), (b, bt));
            // Nothing is tagged yet: the survey reads the whole document ahead, including the sentences after this one.
            var name = Features(memory, "KELMARSH", DocumentMemory.Casing.Shouting);
            var word = Features(memory, "QUITS", DocumentMemory.Casing.Shouting);
            Assert.NotEqual(name, word);
            Assert.Equal(word, Features(memory, "BUDGET", DocumentMemory.Casing.Shouting)); // both lower case in the body
        }
        finally
        {
            DocumentMemory.Return(memory);
        }
    }

    [Fact]
    public void A_word_counts_only_its_other_capitalised_uses_as_evidence()
    {
        var memory = DocumentMemory.Rent();
        try
        {
            var (t, tokens, _) = Sentence("They met Kelmarsh and Varna officials , and Kelmarsh and Varna staff , and Varna guards .");
            Survey(memory, (t, tokens));
            // Kelmarsh stands capitalised inside a sentence twice, Varna three times. At each of its own uses a word's
            // evidence is its other uses: one for Kelmarsh, two for Varna. Counting its own capital too would make
            // both "two or more" and not tell them apart.
            Assert.NotEqual(Features(memory, "Kelmarsh", DocumentMemory.Casing.Telling), Features(memory, "Varna", DocumentMemory.Casing.Telling));
        }
        finally
        {
            DocumentMemory.Return(memory);
        }
    }

    [Fact]
    public void A_new_document_forgets_the_survey_of_the_last()
    {
        var memory = DocumentMemory.Rent();
        var (t, tokens, _) = Sentence("They met Kelmarsh officials .");
        Survey(memory, (t, tokens));
        var surveyed = Features(memory, "KELMARSH", DocumentMemory.Casing.Shouting);
        DocumentMemory.Return(memory);
        var next = DocumentMemory.Rent();
        try
        {
            Assert.NotEqual(surveyed, Features(next, "KELMARSH", DocumentMemory.Casing.Shouting));
            Assert.Equal(Features(next, "NEVERSEEN", DocumentMemory.Casing.Shouting), Features(next, "KELMARSH", DocumentMemory.Casing.Shouting));
        }
        finally
        {
            DocumentMemory.Return(next);
        }
    }

    [Fact]
    public void Entities_stay_in_text_order_when_a_headline_in_capitals_is_tagged_after_the_body()
    {
        var analyzer = new PoliticalTextAnalyzer(new PoliticalNlpOptions { ExtractClaims = false });
        const string text = "VORLAND PRESIDENT TOM BERG QUITS\n\nTom Berg, the president of Vorland, resigned on Monday in Oslo. "
            + "ANNA PETROVA WINS\n\nAnna Petrova of the Vorland Labour Party was elected.";
        var doc = analyzer.Analyze(text);
        Assert.NotEmpty(doc.Entities);
        var starts = doc.Entities.Select(e => e.Start).ToList();
        Assert.Equal(starts.Order(), starts);
        Assert.All(doc.Entities, e => Assert.Equal(e.Text, text[e.Start..e.End]));
        Assert.Contains(doc.Entities, e => e.Start < text.IndexOf('\n')); // the headline is tagged, only later
    }

    [Fact]
    public void Mentions_of_headlines_tagged_last_are_merged_back_in_text_order_and_ties_keep_the_body_first()
    {
        static EntityMention At(int start, EntityType type) => new(start, start + 3, start, 1, type, null, null, 1f);
        var mentions = new List<EntityMention> { At(10, EntityType.Person), At(40, EntityType.Person), At(40, EntityType.State), At(90, EntityType.Agency) };
        mentions.AddRange([At(0, EntityType.Agency), At(40, EntityType.Place), At(60, EntityType.Agency)]); // tagged last
        EntityRecognizer.MergeDeferred(mentions, split: 4);
        Assert.Equal([0, 10, 40, 40, 40, 60, 90], mentions.Select(m => m.Start));
        Assert.Equal([EntityType.Person, EntityType.State, EntityType.Place], mentions.Where(m => m.Start == 40).Select(m => m.Type));
    }
}
