package io.xiaobu.skills.sdk.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Decides whether a webhook URL may be called: https only, no credentials in the URL, and every
 * address the host resolves to must be public (not loopback, link-local, site-local/private,
 * unique-local IPv6, carrier-grade NAT, multicast or unspecified) — unless private networks are
 * explicitly allowed by configuration.
 */
public final class UrlPolicy {

    private UrlPolicy() {
    }

    /** The reason the URL is refused, or empty when it is fine. */
    public static Optional<String> problem(URI url, boolean allowPrivateNetworks) {
        if (url == null || url.getScheme() == null || url.getHost() == null) return Optional.of("not an absolute URL with a host");
        String scheme = url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !(allowPrivateNetworks && scheme.equals("http"))) return Optional.of("scheme must be https");
        if (url.getUserInfo() != null) return Optional.of("credentials in the URL are not allowed");
        if (allowPrivateNetworks) return Optional.empty();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("host does not resolve: " + url.getHost());
        }
        for (InetAddress a : addresses) {
            if (!isPublic(a)) return Optional.of("address " + a.getHostAddress() + " is not public (loopback, link-local or private)");
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress() || a.isMulticastAddress()) return false;
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) return false;                       // fc00::/7 unique local
            boolean v4mapped = true;
            for (int i = 0; i < 10; i++) v4mapped &= b[i] == 0;
            if (v4mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return true;
        }
        int first = b[0] & 0xff, second = b[1] & 0xff;
        if (first == 0) return false;                                      // 0.0.0.0/8
        if (first == 100 && second >= 64 && second < 128) return false;    // 100.64.0.0/10 carrier-grade NAT
        if (first == 169 && second == 254) return false;                   // link-local (cloud metadata)
        if (first == 198 && (second == 18 || second == 19)) return false;  // benchmarking
        return first < 224;                                                // multicast and reserved
    }
}
