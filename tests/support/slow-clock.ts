/**
 * Preloaded (`node --import`) into a build to make it see the clock of a starved machine: in the
 * Astro process only (where pages render), the clock starts 400 days ahead and every reading of
 * it (`Date.now()`, `new Date()`) moves it one second on. Output that depends on the date, or on
 * how long some work took against a wall-clock budget, then differs from a calm build's, while
 * timers (monotonic) and everything outside Astro (the build script's lock, Pagefind) run as usual.
 */
if (/astro(\.mjs)?$/.test(process.argv[1] ?? '')) {
  const RealDate = Date;
  let t = RealDate.now() + 400 * 86_400_000;
  const tick = () => (t += 1000);
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args: unknown[], newTarget) => Reflect.construct(target, args.length ? args : [tick()], newTarget) as object,
    apply: () => new RealDate(tick()).toString(),
    get: (target, key, receiver) => (key === 'now' ? tick : Reflect.get(target, key, receiver)),
  });
}
