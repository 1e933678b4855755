// Preloaded into a `tandem` process by the benchmark (node --import): at exit, the process's own
// CPU time and peak memory, one line on stderr. Nothing else changes in the process.
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`bench-usage cpu-us ${usage.userCPUTime + usage.systemCPUTime} max-rss-kb ${usage.maxRSS}\n`);
});
