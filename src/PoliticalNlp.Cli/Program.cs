return PoliticalNlp.Cli.CommandLine.Run(args, Console.In, Console.Out, Console.Error);
