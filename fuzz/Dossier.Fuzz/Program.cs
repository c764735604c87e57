using Dossier.Fuzz.Targets;
using SharpFuzz;

// dotnet Dossier.Fuzz.dll TARGET            run under afl-fuzz (reads each input from AFL; once from stdin otherwise)
// dotnet Dossier.Fuzz.dll TARGET FILE...    replay files in this process, printing any exception (to reproduce a crash)
if (args.Length == 0 || !TargetTable.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: Dossier.Fuzz TARGET [FILE...]; targets: {string.Join(", ", TargetTable.All.Keys)}");
    return 2;
}
if (args.Length > 1)
{
    var failed = 0;
    foreach (var path in args.Skip(1))
    {
        try
        {
            target(File.ReadAllBytes(path));
            Console.WriteLine($"ok    {path}");
        }
        catch (Exception e)
        {
            failed++;
            Console.WriteLine($"CRASH {path}\n{e}");
        }
    }
    return failed == 0 ? 0 : 1;
}
// Out of process: a stack overflow or an abort in the fuzzed code is reported as a crash instead of killing the fork server.
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
});
return 0;
