using PoliticalNlp.Entities;
using PoliticalNlp.Lexicons;
using PoliticalNlp.Models;

namespace PoliticalNlp.Training;

/// <summary>Strict span precision, recall and F1 per type: a predicted entity counts only with exact bounds and type.</summary>
internal static class NerEvaluator
{
    /// <summary>Scores <paramref name="sentences"/>; with <paramref name="errors"/>, writes each sentence the model got
    /// wrong (its words, then the gold and the predicted spans that differ) for reading error classes.</summary>
    public static Dictionary<string, (int Tp, int Fp, int Fn)> Evaluate(SequenceModel model, Gazetteer gazetteer, WordClasses wordClasses, IReadOnlyList<TaggedSentence> sentences, TextWriter? errors = null)
    {
        var counts = new Dictionary<string, (int Tp, int Fp, int Fn)>();
        var matches = new List<GazetteerMatch>();
        // Documents are tagged as the runtime tags them: each sentence reads what was predicted in the ones before.
        var memory = DocumentMemory.Rent();
        var memoryTypes = DocumentMemory.TypeIndexes(model.Labels);
        var begins = DocumentMemory.Begins(model.Labels);
        var all = sentences.Select(s => AnnotatedSentence.Of(s, gazetteer, wordClasses, matches)).ToList();
        var decodedLabels = new int[sentences.Count][];
        foreach (var (start, end) in NerTrainer.Documents(sentences))
        {
            memory.Clear();
            NerTrainer.SurveyDocument(memory, sentences, s => (all[s].Text, all[s].Tokens), start, end);
            foreach (int s in NerTrainer.TaggingOrder(start, end, s => DocumentMemory.IsShouting(all[s].Text, all[s].Tokens)))
            {
                var annotated = all[s];
                var labels = new int[annotated.Tokens.Length];
                var probabilities = new float[annotated.Tokens.Length];
                SequenceDecoder.Decode(model, annotated.ContextWith(memory), labels, probabilities);
                memory.Record(annotated.Text, annotated.Tokens, annotated.Keys, labels, memoryTypes, begins);
                decodedLabels[s] = labels;
            }
        }
        DocumentMemory.Return(memory);
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var labels = decodedLabels[s];
            var predicted = Spans(labels.Select(l => model.Labels[l]).ToArray());
            var gold = Spans(sentence.Tags);
            if (errors is not null && !predicted.ToHashSet().SetEquals(gold))
            {
                string Show((int Start, int End, string Type) span) => $"{span.Type}:{string.Join(' ', sentence.Words[span.Start..span.End])}";
                errors.WriteLine(string.Join(' ', sentence.Words));
                errors.WriteLine("  gold only: " + string.Join(" | ", gold.Except(predicted).Select(Show)));
                errors.WriteLine("  predicted only: " + string.Join(" | ", predicted.Except(gold).Select(Show)));
            }
            Count(counts, predicted, gold);
        }
        return counts;
    }

    /// <summary>Adds one sentence's strict-span matches per type to <paramref name="counts"/>.</summary>
    private static void Count(Dictionary<string, (int Tp, int Fp, int Fn)> counts, IEnumerable<(int Start, int End, string Type)> predicted, IEnumerable<(int Start, int End, string Type)> gold)
    {
        foreach (var type in predicted.Select(s => s.Type).Concat(gold.Select(s => s.Type)).Distinct())
        {
            var p = predicted.Where(s => s.Type == type).ToHashSet();
            var g = gold.Where(s => s.Type == type).ToHashSet();
            int tp = p.Intersect(g).Count();
            var c = counts.GetValueOrDefault(type);
            counts[type] = (c.Tp + tp, c.Fp + p.Count - tp, c.Fn + g.Count - tp);
        }
    }

    /// <summary>
    /// Scores <paramref name="sentences"/> as the runtime's entity stage sees them: the tagger and then the span rules
    /// (names joined through <c>of</c>, bodies led by their country, lexicon names, web sites), which
    /// <see cref="Evaluate"/> leaves out. The shipped configuration, measured on another corpus's sentences; its words
    /// are the tokens, so every mention maps back to them.
    /// </summary>
    public static Dictionary<string, (int Tp, int Fp, int Fn)> EvaluatePipeline(SequenceModel model, Gazetteer gazetteer, WordClasses wordClasses, IReadOnlyList<TaggedSentence> sentences)
    {
        var counts = new Dictionary<string, (int Tp, int Fp, int Fn)>();
        var recognizer = new EntityRecognizer(model, gazetteer, wordClasses);
        var matches = new List<GazetteerMatch>();
        var mentions = new List<EntityMention>();
        var memory = DocumentMemory.Rent();
        var layouts = sentences.Select(s => SentenceText.Layout(s.Words)).ToList();
        foreach (var (start, end) in NerTrainer.Documents(sentences))
        {
            memory.Clear();
            NerTrainer.SurveyDocument(memory, sentences, s => layouts[s], start, end);
            foreach (int s in NerTrainer.TaggingOrder(start, end, s => DocumentMemory.IsShouting(layouts[s].Text, layouts[s].Tokens)))
            {
                var (text, tokens) = layouts[s];
                mentions.Clear();
                recognizer.Recognize(text, tokens, 0, matches, mentions, memory, DocumentMemory.IsShouting(text, tokens));
                var predicted = mentions.Select(m => (Start: m.FirstToken, End: m.FirstToken + m.TokenCount, Type: TypeCode(m.Type))).Distinct().ToList();
                Count(counts, predicted, Spans(sentences[s].Tags));
            }
        }
        DocumentMemory.Return(memory);
        return counts;
    }

    /// <summary>The tag suffix the GMB mapping and the tagger's labels use for a type.</summary>
    private static string TypeCode(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.State => "STA",
        EntityType.Agency => "AGE",
        _ => "PLA",
    };

    public static List<(int Start, int End, string Type)> Spans(string[] tags)
    {
        var spans = new List<(int, int, string)>();
        for (int i = 0; i < tags.Length; i++)
        {
            if (!tags[i].StartsWith("B-", StringComparison.Ordinal) && !tags[i].StartsWith("I-", StringComparison.Ordinal)) continue;
            string type = tags[i][2..];
            int end = i + 1;
            while (end < tags.Length && tags[end] == "I-" + type) end++;
            spans.Add((i, end, type));
            i = end - 1;
        }
        return spans;
    }

    public static void Report(Dictionary<string, (int Tp, int Fp, int Fn)> counts, TextWriter output, IEnumerable<string>? microTypes = null)
    {
        output.WriteLine($"{"type",-8}{"P",8}{"R",8}{"F1",8}{"tp",8}{"fp",8}{"fn",8}");
        foreach (var (type, c) in counts.OrderBy(kv => kv.Key, StringComparer.Ordinal)) Row(type, c);
        var micro = (microTypes ?? counts.Keys).Where(counts.ContainsKey)
            .Aggregate((Tp: 0, Fp: 0, Fn: 0), (a, t) => (a.Tp + counts[t].Tp, a.Fp + counts[t].Fp, a.Fn + counts[t].Fn));
        Row("micro", micro);

        void Row(string type, (int Tp, int Fp, int Fn) c)
        {
            double p = c.Tp + c.Fp == 0 ? 0 : (double)c.Tp / (c.Tp + c.Fp);
            double r = c.Tp + c.Fn == 0 ? 0 : (double)c.Tp / (c.Tp + c.Fn);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            output.WriteLine($"{type,-8}{p,8:F4}{r,8:F4}{f,8:F4}{c.Tp,8}{c.Fp,8}{c.Fn,8}");
        }
    }
}
