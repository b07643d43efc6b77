// The fuzz run spreads itself over every core and the scaling tests time single runs: running test classes side by
// side would only make both slower and the timings noisier.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
