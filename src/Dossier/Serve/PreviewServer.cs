using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Dossier.Diagnostics;
using Dossier.Serve;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dossier.Cli.Serve;

/// <summary>
/// Serves the last good build of a preview session from memory on 127.0.0.1 under a base path, tells open
/// pages of each new state (server-sent events) and adds to each HTML page the script that listens.
/// </summary>
public sealed class PreviewServer(PreviewSession session, string basePath)
{
    private const string Internal = "__dossier/";
    private static readonly byte[] LiveScript = ReadLiveScript();
    private readonly List<Channel<string>> _listeners = [];
    private CancellationToken _stopping;

    /// <param name="started">Called once the server listens.</param>
    public async Task RunAsync(int port, Action started, CancellationToken stop)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        _stopping = app.Lifetime.ApplicationStopping;
        app.Run(Answer);
        session.Changed += Broadcast;
        using var registration = stop.Register(() => app.Lifetime.StopApplication());
        await app.StartAsync(CancellationToken.None);
        started();
        await app.WaitForShutdownAsync(CancellationToken.None);
    }

    private async Task Answer(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path == "/" && basePath != "/")
        {
            context.Response.Redirect(basePath);
            return;
        }
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            await NotFound(context);
            return;
        }
        var relative = path[basePath.Length..];
        if (relative == Internal + "live.js")
        {
            context.Response.ContentType = "text/javascript; charset=utf-8";
            context.Response.Headers.CacheControl = "no-store";
            await context.Response.Body.WriteAsync(LiveScript, context.RequestAborted);
            return;
        }
        if (relative == Internal + "events")
        {
            await Events(context);
            return;
        }
        if (!IsSafe(relative))
        {
            await NotFound(context);
            return;
        }
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        if (!session.State.Files.TryGet(relative, out var file))
        {
            await NotFound(context);
            return;
        }
        await Send(context, 200, relative, file.Bytes);
    }

    /// <summary>Refuses parent segments, backslashes, NUL and hidden files however they were encoded; the site is in memory anyway.</summary>
    private static bool IsSafe(string relative)
    {
        var decoded = relative;
        for (var i = 0; i < 3 && decoded.Contains('%'); i++) decoded = Uri.UnescapeDataString(decoded);
        if (decoded.Contains('\\') || decoded.Contains('\0') || Path.IsPathRooted(decoded)) return false;
        return decoded.Split('/').All(segment => segment is not ".." and not "." && !segment.StartsWith('.'));
    }

    private async Task NotFound(HttpContext context)
    {
        var page = session.State.Files.TryGet("404.html", out var file) ? file.Bytes : Encoding.UTF8.GetBytes("Not found");
        await Send(context, 404, "404.html", page);
    }

    private static async Task Send(HttpContext context, int status, string path, ReadOnlyMemory<byte> bytes)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = ContentType(path);
        if (path.EndsWith(".html", StringComparison.Ordinal)) bytes = WithLiveReload(bytes);
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    /// <summary>Adds the preview script to a page, and lets the page's policy allow its connection back to this server.</summary>
    private static ReadOnlyMemory<byte> WithLiveReload(ReadOnlyMemory<byte> page)
    {
        var html = Encoding.UTF8.GetString(page.Span).Replace("connect-src &#x27;none&#x27;", "connect-src &#x27;self&#x27;");
        var at = html.IndexOf("</head>", StringComparison.Ordinal);
        if (at < 0) return page;
        var root = RootOf(html);
        html = html.Insert(at, $"<script src=\"{root}{Internal}live.js\" defer></script>\n");
        return Encoding.UTF8.GetBytes(html);
    }

    /// <summary>The page's way back to the site root, which the layout writes on the body as data-root.</summary>
    private static string RootOf(string html)
    {
        const string marker = "data-root=\"";
        var at = html.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0) return "";
        var end = html.IndexOf('"', at + marker.Length);
        var root = html[(at + marker.Length)..end];
        return root.StartsWith("http", StringComparison.Ordinal) ? "" : root;
    }

    private async Task Events(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateUnbounded<string>();
        lock (_listeners) _listeners.Add(channel);
        // An open event stream must not hold up Ctrl-C: it ends when the page goes or the server stops.
        using var ends = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping);
        try
        {
            await Write(context, StateMessage(session.State));
            await foreach (var message in channel.Reader.ReadAllAsync(ends.Token)) await Write(context, message);
        }
        catch (OperationCanceledException) { }
        finally
        {
            lock (_listeners) _listeners.Remove(channel);
        }
    }

    private static async Task Write(HttpContext context, string message)
    {
        await context.Response.WriteAsync(message, context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    private void Broadcast(PreviewState state)
    {
        var message = StateMessage(state);
        lock (_listeners)
            foreach (var listener in _listeners) listener.Writer.TryWrite(message);
    }

    private static string StateMessage(PreviewState state)
    {
        var errors = state.Errors.Count == 0 ? null : new StateErrors(state.Errors.Count, string.Join("\n", state.Errors.Select(DiagnosticFormatter.Text)));
        return $"event: state\ndata: {JsonSerializer.Serialize(new StateEvent(state.Version, errors), StateJson.Default.StateEvent)}\n\n";
    }

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".xml" => "application/xml; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".pdf" => "application/pdf",
        _ => "application/octet-stream",
    };

    private static byte[] ReadLiveScript()
    {
        using var stream = typeof(PreviewServer).Assembly.GetManifestResourceStream("live.js")!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}

internal sealed record StateErrors(int Count, string Text);

/// <summary>What live.js hears of each state: the version (a new one reloads the page) and the errors, if any.</summary>
internal sealed record StateEvent(int Version, StateErrors? Errors);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(StateEvent))]
internal sealed partial class StateJson : System.Text.Json.Serialization.JsonSerializerContext;
