using PoliticalNlp.Lexicons;
using PoliticalNlp.Models;
using PoliticalNlp.Training;

// Retrains what the runtime package embeds. From the repo root:
//   dotnet run --project src/PoliticalNlp.Training -c Release -- train
// trains on ../shared/data/ner/gmb (train + dev), writes src/PoliticalNlp/Models/{lexicon,entities}.bin and reports
// strict span F1 on the GMB test split. With --train/--test FILE (CoNLL/IOB2) it trains on your own corpus instead.
return TrainingProgram.Run(args);

namespace PoliticalNlp.Training
{
    internal static class TrainingProgram
    {
        private const string Usage = """
            usage: dotnet run --project src/PoliticalNlp.Training -c Release -- COMMAND [options]
              lexicon  [--data DIR] [--output PATH]        compile gazetteers into the embedded lexicon (and the cues)
              compile-cues [--data DIR] [--output PATH] [--additions TSV]
                                                         compile cue words and their stance classes into cues.bin
              train    [--data DIR] [--output PATH] [--passes N] [--bits N] [--l2 X]
                       [--train FILE ...] [--test FILE ...] train the entity model (default: GMB, spec mapping)
              clusters [--data DIR] [--output PATH] [--k N] [--fine N] [--min-count N] [--contexts N] [--no-allsides]
                                                         learn word classes from raw-text/
              evaluate --model PATH --test FILE ... [--gmb] [--span-rules]  strict span P/R/F1 per type (the tagger
                       alone, or with --span-rules the runtime's whole entity stage: tagger, then span rules)
              train    ... [--memory-labels predicted|gold]  whose labels of earlier sentences the document memory
                       reads in training: a first model's (two trainings, the default) or the gold ones
              train    ... [--no-articles] [--article-weight N] [--hold-out ID ...]  (the annotated articles of
                       ../shared/eval join GMB unless --no-articles; --hold-out leaves documents out)
              train    ... [--gmb-hold-out-tail N] [--errors PATH]  hold the last N sentences of GMB train out and test
                       on them instead of GMB test; write the sentences the model got wrong to PATH
              analyze  --model PATH --input DOCS.jsonl --output OUT.jsonl   analyse with an entity model file
              explain  [--eval DIR] [--input DOCS.jsonl[.gz] ...] [--limit N] [--output PATH]
                       the explain trace over a corpus: claims by layout, stance class and cue, the documents each
                       fired in and its precision on the annotated articles; rules that fired in one document only
              links    [--eval DIR] [--output PATH] [--cv PREFIX] [--folds N] [--l2 X] [--gold-pairs]
                       [--no-cv] [--experiment kinds|dump] [--kind-l2 X] [--kind-words N] [--kind-threshold P]
                       cross-validate the link model over the annotated articles (writes PREFIX.pipeline.jsonl and
                       PREFIX.gold.jsonl for score.py), then train it on all of them → Models/links.bin;
                       --experiment kinds cross-validates a learned claim-kind model against the rules' kinds
            DIR defaults to ../shared/data; PATH defaults to src/PoliticalNlp/Models/.
            """;

        public static int Run(string[] args)
        {
            if (args.Length == 0) return Fail("no command");
            var options = Options.Parse(args.AsSpan(1));
            try
            {
                return args[0] switch
                {
                    "lexicon" => CompileLexicon(options),
                    "compile-cues" => CompileCues(options),
                    "clusters" => LearnClusters(options),
                    "train" => Train(options),
                    "links" => TrainLinks(options),
                    "analyze" => AnalyzeWith(options),
                    "evaluate" => Evaluate(options),
                    "explain" => Explain(options),
                    _ => Fail($"unknown command '{args[0]}'"),
                };
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or InvalidDataException or ArgumentException)
            {
                Console.Error.WriteLine($"training: {e.Message}");
                return 1;
            }
        }

        private static int Fail(string message)
        {
            Console.Error.WriteLine($"training: {message}");
            Console.Error.WriteLine(Usage);
            return 2;
        }

        private static string LexiconPath(Options o) => o.Get("lexicon") ?? Path.Combine("src", "PoliticalNlp", "Models", "lexicon.bin");

        private static int CompileLexicon(Options o)
        {
            string data = o.Get("data") ?? Path.Combine("..", "shared", "data");
            string output = o.Get("output") ?? LexiconPath(o);
            var entries = LexiconCompiler.Compile(Path.Combine(data, "gazetteers"));
            using (var stream = File.Create(output)) Gazetteer.Write(stream, entries);
            Console.WriteLine($"lexicon: {entries.Count} phrases → {output} ({new FileInfo(output).Length / 1024} KiB)");
            return CompileCues(new Options(new() { ["data"] = [data], ["output"] = [Path.Combine(Path.GetDirectoryName(output) ?? ".", "cues.bin")] }));
        }

        /// <summary>Cue words with their stance classes: reporting-verbs/ and the repository's additions → cues.bin.</summary>
        private static int CompileCues(Options o)
        {
            string data = o.Get("data") ?? Path.Combine("..", "shared", "data");
            string output = o.Get("output") ?? Path.Combine("src", "PoliticalNlp", "Models", "cues.bin");
            var cues = LexiconCompiler.CompileCues(Path.Combine(data, "gazetteers"), o.Get("additions") ?? LexiconCompiler.DefaultCueAdditions);
            using (var stream = File.Create(output)) PoliticalNlp.Claims.CueLexicon.Write(stream, cues);
            Console.WriteLine($"cues: {cues.Count} cue forms and phrases → {output}");
            return 0;
        }

        /// <summary>Analyses id/text JSON Lines with an entity model file (for cross-validating a retrained tagger
        /// through the whole pipeline, as score.py sees it).</summary>
        private static int AnalyzeWith(Options o)
        {
            if (o.Get("model") is not { } model || o.Get("input") is not { } input || o.Get("output") is not { } output)
                return Fail("analyze needs --model PATH --input DOCS.jsonl --output OUT.jsonl");
            var analyzer = new PoliticalTextAnalyzer(new PoliticalNlpOptions { EntityModelPath = model });
            using var writer = new StreamWriter(output);
            foreach (var line in File.ReadLines(input))
            {
                if (string.IsNullOrWhiteSpace(line)) continue;
                using var json = System.Text.Json.JsonDocument.Parse(line);
                var doc = analyzer.Analyze(json.RootElement.GetProperty("text").GetString()!, json.RootElement.GetProperty("id").GetString());
                writer.WriteLine(doc.ToJson());
            }
            return 0;
        }

        private static int TrainLinks(Options o)
        {
            string eval = EvalDir(o);
            string output = o.Get("output") ?? Path.Combine("src", "PoliticalNlp", "Models", "links.bin");
            string cv = o.Get("cv") ?? Path.Combine(Path.GetTempPath(), "politicalnlp-links-cv");
            var settings = new LinkTrainer.Settings(
                Folds: Int(o, "folds", 10),
                InnerFolds: 5,
                L2: Float(o, "l2", 10f),
                KindL2: Float(o, "kind-l2", 0.1f),
                WithGoldPairs: o.Has("gold-pairs"),
                Experiment: o.Get("experiment"),
                SkipCrossValidation: o.Has("no-cv"));
            KindTrainer.MinClaims = Int(o, "kind-words", 5);
            KindTrainer.Threshold = Float(o, "kind-threshold", 0f);
            KindTrainer.WithClasses = o.Has("kind-classes");
            KindTrainer.Trees = Int(o, "kind-trees", 0);
            KindTrainer.RuleScale = Float(o, "kind-rule-scale", 1f);
            DistantKindTrainer.ClausesOnly = o.Has("kind-distant-clauses");
            if (o.Get("kind-distant") is { } distantPath) KindTrainer.Distant = DistantKindModel(o, distantPath, eval);
            return LinkTrainer.Run(eval, output, cv, settings, Console.Out);
        }

        /// <summary>
        /// The distant content-kind model of the kind experiment: read from <paramref name="path"/> when it exists, else
        /// trained on the first <c>--kind-distant-docs</c> allsides articles (less any that shares a paragraph with an
        /// annotated article) and written there.
        /// </summary>
        private static LinearClassifier DistantKindModel(Options o, string path, string eval)
        {
            if (File.Exists(path))
            {
                using var read = File.OpenRead(path);
                return LinearClassifier.Read(read);
            }
            string data = o.Get("data") ?? Path.Combine("..", "shared", "data");
            var annotated = AnnotatedParagraphs(eval);
            var texts = Directory.EnumerateFiles(Path.Combine(data, "raw-text", "allsides-news"), "*.jsonl.gz").Order(StringComparer.Ordinal)
                .SelectMany(ReadGzipLines)
                .Select(line => { using var json = System.Text.Json.JsonDocument.Parse(line); return json.RootElement.GetProperty("text").GetString() ?? ""; })
                .Where(text => text.Length > 0 && !text.Split('\n').Any(p => annotated.Contains(p.Trim())))
                .Take(Int(o, "kind-distant-docs", 3000));
            var model = DistantKindTrainer.Train(texts, Int(o, "kind-distant-per-class", 3000), Float(o, "kind-distant-l2", 1f), Console.Out);
            using (var write = File.Create(path)) model.Write(write);
            return model;
        }

        /// <summary>The explain trace over the annotated articles and any unlabelled id/text JSON Lines (plain or gzip).</summary>
        private static int Explain(Options o)
        {
            var annotated = GoldDocument.ReadAnnotated(EvalDir(o));
            int limit = Int(o, "limit", int.MaxValue);
            var unlabelled = o.All("input")
                .SelectMany(path => (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? ReadGzipLines(path) : File.ReadLines(path))
                    .Select((line, i) => (Path: path, Number: i + 1, Line: line)))
                .Where(l => !string.IsNullOrWhiteSpace(l.Line))
                .Take(limit)
                .Select(l =>
                {
                    try
                    {
                        using var json = System.Text.Json.JsonDocument.Parse(l.Line);
                        var root = json.RootElement;
                        string id = root.TryGetProperty("id", out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString()! : $"{l.Path}:{l.Number}";
                        if (!root.TryGetProperty("text", out var text) || text.ValueKind != System.Text.Json.JsonValueKind.String)
                            throw new InvalidOperationException("no string property \"text\"");
                        return (id, text.GetString()!);
                    }
                    catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
                    {
                        throw new InvalidDataException($"{l.Path}:{l.Number}: not an {{\"id\", \"text\"}} JSON line: {e.Message}", e);
                    }
                });
            if (o.Get("output") is { } path)
            {
                // Written whole once the report is complete: a bad input line leaves an earlier report untouched.
                var report = new StringWriter();
                RuleReport.Write(annotated, unlabelled, report);
                File.WriteAllText(path, report.ToString());
                Console.WriteLine($"explain: → {path}");
            }
            else
            {
                RuleReport.Write(annotated, unlabelled, Console.Out);
            }
            return 0;
        }

        private static string EvalDir(Options o) => o.Get("eval") ?? Path.Combine("..", "shared", "eval");

        private static string ClassesPath(Options o) => o.Get("classes") ?? Path.Combine("src", "PoliticalNlp", "Models", "wordclasses.bin");

        /// <summary>
        /// Word classes from raw-text/: the GMB/VOA sentences, the GUM Wikinews documents and the allsides political news
        /// articles, less any allsides article that shares a paragraph with an annotated article of ../shared/eval (so
        /// the cross-validated figures stay on text the classes never read).
        /// </summary>
        private static int LearnClusters(Options o)
        {
            string data = o.Get("data") ?? Path.Combine("..", "shared", "data");
            string eval = EvalDir(o);
            string output = o.Get("output") ?? ClassesPath(o);
            var settings = new WordClusterer.Settings(
                CoarseClasses: Int(o, "k", 256),
                FineClasses: Int(o, "fine", 1024),
                MinCount: Int(o, "min-count", 5),
                ContextWords: Int(o, "contexts", 1000),
                Iterations: Int(o, "iterations", 20));
            if (settings.CoarseClasses > WordClasses.MaxCoarseClasses) return Fail($"--k is at most {WordClasses.MaxCoarseClasses}");
            string raw = Path.Combine(data, "raw-text");
            var annotated = AnnotatedParagraphs(eval);
            int skipped = 0;
            var allsides = Directory.EnumerateFiles(Path.Combine(raw, "allsides-news"), "*.jsonl.gz").Order(StringComparer.Ordinal)
                .SelectMany(ReadGzipLines)
                .Select(line => { using var json = System.Text.Json.JsonDocument.Parse(line); return json.RootElement.GetProperty("text").GetString() ?? ""; })
                .Where(text =>
                {
                    bool shared = text.Split('\n').Any(p => annotated.Contains(p.Trim()));
                    if (shared) skipped++;
                    return !shared;
                });
            var texts = File.ReadLines(Path.Combine(raw, "gmb-voa-sentences.txt"))
                .Concat(Directory.EnumerateFiles(Path.Combine(raw, "gum-wikinews"), "*.txt").Order(StringComparer.Ordinal).SelectMany(File.ReadLines))
                .Concat(o.Has("no-allsides") ? [] : allsides)
                .Where(text => text.Length > 0);
            var classes = WordClusterer.Learn(texts, settings, Console.Out);
            Console.WriteLine($"clusters: {skipped} allsides articles left out (they share a paragraph with an annotated article)");
            using (var stream = File.Create(output)) WordClasses.Write(stream, classes.OrderBy(kv => kv.Key, StringComparer.Ordinal));
            Console.WriteLine($"clusters: {classes.Count} words in {settings.CoarseClasses} + {settings.FineClasses} classes → {output} ({new FileInfo(output).Length / 1024} KiB)");
            return 0;
        }

        private static int Int(Options o, string name, int fallback) =>
            o.Get(name) is { } value ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : fallback;

        private static float Float(Options o, string name, float fallback) =>
            o.Get(name) is { } value ? float.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : fallback;

        private static IEnumerable<string> ReadGzipLines(string path)
        {
            using var file = File.OpenRead(path);
            using var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, System.Text.Encoding.UTF8);
            while (reader.ReadLine() is { } line) if (line.Length > 0) yield return line;
        }

        /// <summary>The paragraphs of 100+ characters of the annotated articles (train and dev), trimmed.</summary>
        private static HashSet<string> AnnotatedParagraphs(string eval) =>
            GoldDocument.ReadAnnotated(eval)
                .SelectMany(d => d.Text.Split('\n')).Select(p => p.Trim()).Where(p => p.Length >= 100).ToHashSet(StringComparer.Ordinal);

        private static WordClasses LoadWordClasses(Options o)
        {
            using var stream = File.OpenRead(ClassesPath(o));
            return WordClasses.Read(stream);
        }

        private static Gazetteer LoadGazetteer(Options o)
        {
            using var stream = File.OpenRead(LexiconPath(o));
            return new Gazetteer(Gazetteer.Read(stream).ToList());
        }

        private static int Train(Options o)
        {
            string data = o.Get("data") ?? Path.Combine("..", "shared", "data");
            int passes = Int(o, "passes", 12);
            int bits = Int(o, "bits", 18);
            float? l2 = o.Get("l2") is null ? null : Float(o, "l2", 0);
            bool gmb = o.All("train").Count == 0;
            if (gmb && o.Get("lexicon") is null) CompileLexicon(new Options(new() { ["data"] = [data] }));
            if (gmb && o.Get("classes") is null) LearnClusters(new Options(new() { ["data"] = [data] }));
            var gazetteer = LoadGazetteer(o);
            var wordClasses = LoadWordClasses(o);

            List<TaggedSentence> train, test;
            string[] labels;
            if (gmb)
            {
                var mapping = new GmbMapping(gazetteer);
                var dir = Path.Combine(data, "ner", "gmb");
                var gmbTrain = ConllReader.Read(Path.Combine(dir, "gmb_kaggle_train.iob2.tsv")).Select(mapping.Map).ToList();
                // --gmb-hold-out-tail N: the last N sentences of GMB train are held out and become the test set (for
                // reading error classes without looking at GMB test, which stays the measure).
                int tail = Int(o, "gmb-hold-out-tail", 0);
                var heldOut = gmbTrain.Skip(Math.Max(0, gmbTrain.Count - tail)).ToList();
                gmbTrain.RemoveRange(gmbTrain.Count - heldOut.Count, heldOut.Count);
                train = gmbTrain.Concat(ConllReader.Read(Path.Combine(dir, "gmb_kaggle_dev.iob2.tsv")).Select(mapping.Map)).SelectMany(GmbMapping.WithBritishHonorifics).ToList();
                // The annotated articles (our conventions, modern political news) join GMB, repeated --article-weight times.
                if (!o.Has("no-articles"))
                {
                    string eval = EvalDir(o);
                    var articles = GoldDocument.ReadAnnotated(eval)
                        .Where(d => !o.All("hold-out").Contains(d.Id)).ToList();
                    int weight = Int(o, "article-weight", 3);
                    var sentences = articles.SelectMany(d => ArticleEntities.Sentences(d, d.Entities)).ToList();
                    for (int k = 0; k < weight; k++) train.AddRange(sentences);
                    Console.WriteLine($"train: {articles.Count} annotated articles ({sentences.Count} sentences) × {weight} join GMB");
                }
                test = heldOut.Count > 0 ? heldOut : ConllReader.Read(Path.Combine(dir, "gmb_kaggle_test.iob2.tsv")).Select(mapping.Map).ToList();
                labels = GmbMapping.Labels;
            }
            else
            {
                train = o.All("train").SelectMany(ConllReader.Read).ToList();
                test = o.All("test").SelectMany(ConllReader.Read).ToList();
                labels = ["O", .. train.SelectMany(s => s.Tags).Where(t => t != "O").Distinct().Order(StringComparer.Ordinal)];
                if (o.Get("output") is null) return Fail("training on your own corpus needs --output PATH (the shipped model is only retrained from GMB)");
            }

            var memoryLabels = o.Get("memory-labels") switch
            {
                null or "predicted" => NerTrainer.MemoryLabels.Predicted,
                "gold" => NerTrainer.MemoryLabels.Gold,
                var other => throw new ArgumentException($"--memory-labels is gold or predicted, not '{other}'"),
            };
            var model = new NerTrainer(gazetteer, wordClasses, bits, Console.Out).Train(train, labels, passes, l2, memoryLabels);
            string output = o.Get("output") ?? Path.Combine("src", "PoliticalNlp", "Models", "entities.bin");
            using (var stream = File.Create(output)) model.Save(stream);
            Console.WriteLine($"model: {output} ({new FileInfo(output).Length / 1024} KiB)");
            if (test.Count > 0)
            {
                using var reload = File.OpenRead(output);
                var saved = SequenceModel.Load(reload); // measure what ships: the quantised weights
                Console.WriteLine($"test: {test.Count} sentences, strict span scores");
                using var errors = o.Get("errors") is { } errorPath ? new StreamWriter(errorPath) : null;
                NerEvaluator.Report(NerEvaluator.Evaluate(saved, gazetteer, wordClasses, test, errors), Console.Out, gmb ? ["PER", "STA", "AGE"] : null);
            }
            return 0;
        }

        private static int Evaluate(Options o)
        {
            var modelPath = o.Get("model") ?? throw new ArgumentException("--model PATH is required");
            var gazetteer = LoadGazetteer(o);
            var wordClasses = LoadWordClasses(o);
            using var stream = File.OpenRead(modelPath);
            var model = SequenceModel.Load(stream);
            var test = o.All("test").SelectMany(ConllReader.Read).ToList();
            if (o.Has("gmb")) test = test.Select(new GmbMapping(gazetteer).Map).ToList();
            NerEvaluator.Report(o.Has("span-rules")
                ? NerEvaluator.EvaluatePipeline(model, gazetteer, wordClasses, test)
                : NerEvaluator.Evaluate(model, gazetteer, wordClasses, test), Console.Out);
            return 0;
        }
    }

    /// <summary>--name value options; a name may repeat or take several values.</summary>
    internal sealed class Options(Dictionary<string, List<string>> values)
    {
        public static Options Parse(ReadOnlySpan<string> args)
        {
            var values = new Dictionary<string, List<string>>();
            List<string>? current = null;
            foreach (var arg in args)
            {
                if (arg.StartsWith("--", StringComparison.Ordinal))
                {
                    var name = arg[2..];
                    if (!values.TryGetValue(name, out current)) values[name] = current = [];
                }
                else if (current is null) throw new ArgumentException($"unexpected argument '{arg}'");
                else current.Add(arg);
            }
            return new Options(values);
        }

        public string? Get(string name) => values.TryGetValue(name, out var v) && v.Count > 0 ? v[^1] : null;
        public IReadOnlyList<string> All(string name) => values.TryGetValue(name, out var v) ? v : [];
        public bool Has(string name) => values.ContainsKey(name);
    }
}
