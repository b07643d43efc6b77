using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/PoliticalNlp.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
