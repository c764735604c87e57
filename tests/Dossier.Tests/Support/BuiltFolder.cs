namespace Dossier.Tests.Support;

/// <summary>The pages of a site a test built itself.</summary>
public sealed class BuiltFolder(string output) : BuiltPages
{
    public override string Output => output;
}
