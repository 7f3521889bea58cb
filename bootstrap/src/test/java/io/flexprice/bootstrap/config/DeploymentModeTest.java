package io.flexprice.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeploymentModeTest {

    @Test
    void wire_values_are_the_seed_mode_names() {
        assertThat(DeploymentMode.allowedValues()).isEqualTo("local, api, consumer, temporal_worker");
        assertThat(DeploymentMode.fromWire("TEMPORAL_WORKER")).isEqualTo(DeploymentMode.TEMPORAL_WORKER);
    }

    @Test
    void an_unknown_value_names_the_allowed_ones() {
        assertThatThrownBy(() -> DeploymentMode.fromWire("worker"))
                .hasMessage("unknown deployment mode 'worker'; allowed: local, api, consumer, temporal_worker");
    }

    @Test
    void host_port_accepts_a_bare_port_and_rejects_garbage() {
        assertThat(HostPort.parse(":8080")).isEqualTo(new HostPort(null, 8080));
        assertThat(HostPort.parse("[::1]:80")).isEqualTo(new HostPort("::1", 80));
        assertThatThrownBy(() -> HostPort.parse("8080")).hasMessageContaining("host:port");
        assertThatThrownBy(() -> HostPort.parse(":70000")).hasMessageContaining("between 0 and 65535");
    }
}
