using Dossier.Links;
using Dossier.Site;

namespace Dossier.StructuredData;

/// <summary>A file of the data downloads, as a schema.org DataDownload.</summary>
public sealed record DataDownloadFile(string Name, string Path, string MediaType);

/// <summary>The schema.org Dataset of data.html: the dossier's data, its licence and every file it can be downloaded as.</summary>
public static class DatasetData
{
    public static string Of(SiteConfig site, string description, IReadOnlyList<DataDownloadFile> files, LinkGenerator addresses) =>
        JsonLd.Object("Dataset", w =>
        {
            w.WriteString("name", $"{site.Title}: data");
            w.WriteString("description", description);
            w.WriteString("url", addresses.To(Routes.Data));
            w.Optional("license", site.Licence);
            w.WriteString("inLanguage", site.Language);
            w.WriteBoolean("isAccessibleForFree", true);
            w.Typed("creator", "Organization", c =>
            {
                c.WriteString("name", site.Title);
                c.Optional("url", site.SiteUrl);
            });
            w.WritePropertyName("distribution");
            w.WriteStartArray();
            foreach (var file in files)
                w.WriteTyped("DataDownload", d =>
                {
                    d.WriteString("name", file.Name);
                    d.WriteString("contentUrl", addresses.To(file.Path));
                    d.WriteString("encodingFormat", file.MediaType);
                });
            w.WriteEndArray();
        });
}
