using Dossier.Tests.Support;

namespace Dossier.Tests.Editors;

/// <summary>`dotnet pack` makes a .NET tool; installed, `dossier` works in any folder with the theme and the guide it carries.</summary>
[Collection(ReleaseBuilds.Name)]
public sealed class ToolPackageTests
{
    private static string WorkflowStep(string workflow, string name)
    {
        var yaml = new YamlDotNet.RepresentationModel.YamlStream();
        using (var reader = new StringReader(File.ReadAllText(workflow))) yaml.Load(reader);
        var jobs = (YamlDotNet.RepresentationModel.YamlMappingNode)((YamlDotNet.RepresentationModel.YamlMappingNode)yaml.Documents[0].RootNode)["jobs"];
        var steps = (YamlDotNet.RepresentationModel.YamlSequenceNode)((YamlDotNet.RepresentationModel.YamlMappingNode)jobs["build"])["steps"];
        var step = steps.Cast<YamlDotNet.RepresentationModel.YamlMappingNode>().Single(s => s.Children.TryGetValue("name", out var n) && n.ToString() == name);
        return step["run"].ToString();
    }

    [Fact]
    public void ThePackedToolInstallsAndBuildsADossierInAnyFolder()
    {
        using var dossier = new TempDossier();
        var packages = Path.Combine(dossier.Root, "packages");
        var tools = Path.Combine(dossier.Root, "tools");
        // A version of its own, so that NuGet's cache cannot hand back a package packed before.
        // Stable, since the init workflow installs the latest stable version.
        var version = $"0.0.{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}";
        var pack = DossierCli.Exec("dotnet", Repo.Root, TimeSpan.FromMinutes(5), "pack", "src/Dossier", "-c", "Release", "-o", packages, $"-p:Version={version}",
            "-p:AssemblyVersion=0.0.0.0", "-p:FileVersion=0.0.0.0"); // an assembly version's parts stop at 65535
        Assert.True(pack.ExitCode == 0, pack.All);
        var install = DossierCli.Exec("dotnet", dossier.Root, TimeSpan.FromMinutes(3), "tool", "install", "Dossier", "--version", version,
            "--tool-path", tools, "--add-source", packages);
        Assert.True(install.ExitCode == 0, install.All);
        var tool = Path.Combine(tools, "dossier");

        var printed = DossierCli.Exec(tool, dossier.Root, TimeSpan.FromMinutes(1), "--version");
        Assert.Matches($@"^dossier {System.Text.RegularExpressions.Regex.Escape(version)} \(commit [0-9a-f]{{40}}\)$", printed.StdOut.Trim());
        // The guide travels in the package.
        var help = DossierCli.Exec(tool, dossier.Root, TimeSpan.FromMinutes(1), "help", "editing");
        var guide = help.StdOut.Split('\n')[0].Split(": ", 2)[1].Trim();
        Assert.StartsWith(tools, guide);
        Assert.Contains("# Editor's guide", File.ReadAllText(guide));

        // In the dossier's folder, with no option: input/ and the theme inside the package.
        var built = DossierCli.Exec(tool, dossier.Root, TimeSpan.FromMinutes(2), "build");
        Assert.True(built.ExitCode == 0, built.All);
        Assert.True(File.Exists(Path.Combine(dossier.Root, "output", "index.html")));
        Assert.True(File.Exists(Path.Combine(dossier.Root, "output", "claims", "doha-ceasefire-agreed.html")));
        // Hints speak the installed command.
        var created = DossierCli.Exec(tool, dossier.Root, TimeSpan.FromMinutes(1), "new", "article", "A tool test");
        Assert.Contains("preview with: dossier serve", created.StdOut);
        Assert.Equal(0, DossierCli.Exec(tool, dossier.Root, TimeSpan.FromMinutes(1), "check").ExitCode);

        // A new dossier anywhere: init, then check and build in it.
        var fresh = Path.Combine(dossier.Root, "elsewhere", "new-dossier");
        var init = DossierCli.Exec(tool, dossier.Root, TimeSpan.FromMinutes(1), "init", fresh, "--title", "Started with the tool");
        Assert.True(init.ExitCode == 0, init.All);
        Assert.Contains("dossier serve (preview)", init.StdOut);
        var check = DossierCli.Exec(tool, fresh, TimeSpan.FromMinutes(1), "check");
        Assert.True(check.ExitCode == 0, check.All);
        var site = DossierCli.Exec(tool, fresh, TimeSpan.FromMinutes(1), "build");
        Assert.True(site.ExitCode == 0, site.All);
        Assert.Contains("<title>Started with the tool</title>", File.ReadAllText(Path.Combine(fresh, "output", "index.html")));
        // The same site as the repository's program makes of it (InitCommandBrowserTests crawls such a site from file:// in Chromium).
        var reference = Path.Combine(dossier.Root, "reference-site");
        Assert.Equal(0, DossierCli.Run(fresh, "build", "--output", reference).ExitCode);
        var expected = TempDossier.Snapshot(reference);
        var actual = TempDossier.Snapshot(Path.Combine(fresh, "output"));
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected) Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs when built by the installed tool");

        // The init workflow's install step, run as GitHub would, with the package committed to .dossier-tool/
        // and a home folder of its own for the global tool.
        var home = Path.Combine(dossier.Root, "home");
        Directory.CreateDirectory(home);
        Directory.CreateDirectory(Path.Combine(fresh, ".dossier-tool"));
        foreach (var package in Directory.EnumerateFiles(packages, "*.nupkg"))
            File.Copy(package, Path.Combine(fresh, ".dossier-tool", Path.GetFileName(package)));
        var step = WorkflowStep(Path.Combine(fresh, ".github", "workflows", "pages.yml"), "Install Dossier");
        var environment = new Dictionary<string, string> { ["HOME"] = home, ["DOTNET_CLI_HOME"] = home, ["NUGET_PACKAGES"] = Path.Combine(home, "nuget") };
        var installed = DossierCli.Exec("bash", fresh, TimeSpan.FromMinutes(3), environment, "-eo", "pipefail", "-c", step);
        Assert.True(installed.ExitCode == 0, installed.All);
        var global = Path.Combine(home, ".dotnet", "tools", "dossier");
        Assert.Contains(version, DossierCli.Exec(global, fresh, TimeSpan.FromMinutes(1), environment, "--version").StdOut);
    }
}
