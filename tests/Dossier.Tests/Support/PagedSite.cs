namespace Dossier.Tests.Support;

/// <summary>The real input/ with page_size: 2, built once, so that every long list of the seeds continues on other pages.</summary>
public sealed class PagedSite : BuiltPages, IDisposable
{
    public const int PageSize = 2;

    private readonly TempDossier _dossier = new();

    public string Input => _dossier.Input;
    public override string Output => _dossier.Output;
    public CliResult Result { get; }

    public PagedSite()
    {
        _dossier.Write("dossier.yml", _dossier.Read("dossier.yml").TrimEnd() + $"\npage_size: {PageSize}\n");
        Result = _dossier.Build();
    }

    public void Dispose() => _dossier.Dispose();
}
