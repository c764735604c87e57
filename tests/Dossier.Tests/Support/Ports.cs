using System.Net;
using System.Net.Sockets;

namespace Dossier.Tests.Support;

public static class Ports
{
    /// <summary>A loopback port nobody listens on now, for a server a test starts.</summary>
    public static int Free()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
