package io.policylens.api;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Where the API listens and what guards its actions.
 *
 * @param host  the address to bind: 127.0.0.1 by default; anything else exposes the API beyond this machine
 * @param port  0 picks a free port
 * @param token required (as {@code Authorization: Bearer TOKEN}) by actions that change state when the server
 *              listens beyond loopback; null on loopback
 */
public record ApiSettings(String host, int port, String token) {

    public ApiSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
        }
        if (!loopback(host) && (token == null || token.length() < 16)) {
            throw new IllegalArgumentException("listening on " + host + " (beyond loopback) needs a token of at least "
                + "16 characters for the actions that change state");
        }
    }

    public static ApiSettings loopback(int port) {
        return new ApiSettings("127.0.0.1", port, null);
    }

    public boolean onLoopback() {
        return loopback(host);
    }

    static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host);
        }
    }
}
