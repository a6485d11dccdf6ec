// Each test runs several bot processes flat out on a 2-core machine: one at a time, or the figures (and timeouts) mean nothing.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
