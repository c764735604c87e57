using System.Net;

namespace Dossier.Tests.Support;

/// <summary>
/// A loopback web server that serves a site folder under a sub-path, as GitHub Pages does for a project
/// site: folders answer with their index.html, and a missing page gets 404.html with status 404.
/// </summary>
public sealed class SubPathServer : IDisposable
{
    private HttpListener _listener = new();
    private readonly string _root;
    private readonly string _prefix;
    private readonly Task _loop;

    public string BaseUrl { get; }

    public SubPathServer(string root, string subPath)
    {
        _root = Path.GetFullPath(root);
        _prefix = "/" + subPath.Trim('/') + "/";
        // A free port can be taken by another test's server before we bind it: try another.
        for (var attempt = 1; ; attempt++)
        {
            var port = Ports.Free();
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                _listener.Start();
                BaseUrl = $"http://127.0.0.1:{port}{_prefix}";
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                _listener.Close();
                _listener = new HttpListener();
            }
        }
        _loop = Task.Run(Serve);
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            try { Answer(context); }
            catch (Exception e) when (e is HttpListenerException or IOException) { }
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        string? file = null;
        if (path.StartsWith(_prefix, StringComparison.Ordinal))
        {
            var relative = path[_prefix.Length..];
            if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
            var candidate = Path.GetFullPath(Path.Combine(_root, relative));
            if (candidate.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(candidate)) file = candidate;
        }
        var status = file is null ? 404 : 200;
        file ??= Path.Combine(_root, "404.html");
        var bytes = File.ReadAllBytes(file);
        context.Response.StatusCode = status;
        context.Response.ContentType = Path.GetExtension(file) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".xml" => "application/xml",
            ".svg" => "image/svg+xml",
            _ => "application/octet-stream",
        };
        context.Response.ContentLength64 = bytes.Length;
        context.Response.OutputStream.Write(bytes);
        context.Response.Close();
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
