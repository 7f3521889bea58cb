package io.flexprice.bootstrap.config;

/** A listen address: {@code host:port} or {@code :port} (all interfaces). Port 0 picks a free port. */
public record HostPort(String host, int port) {

    public static HostPort parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("must be host:port or :port, got nothing");
        }
        String text = value.trim();
        int colon = text.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("must be host:port or :port, got '" + value + "'");
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(text.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be host:port or :port, got '" + value + "'");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        return new HostPort(host.isEmpty() ? null : host, port);
    }
}
