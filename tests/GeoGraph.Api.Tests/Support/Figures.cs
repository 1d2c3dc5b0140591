namespace GeoGraph.Api.Tests.Support;

/// <summary>
/// What the reliability tests measured, appended to TestResults/reliability.txt beside the test
/// assembly (docs/reliability.md quotes a run). Recorded, never asserted on time.
/// </summary>
public static class Figures
{
    public static string FilePath { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "reliability.txt");

    public static void Record(string line)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        File.AppendAllText(FilePath, $"{DateTimeOffset.UtcNow:u} {line}\n");
        TestContext.Current.TestOutputHelper?.WriteLine(line);
    }
}
