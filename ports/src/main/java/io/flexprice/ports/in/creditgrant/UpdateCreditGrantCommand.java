package io.flexprice.ports.in.creditgrant;

import io.flexprice.domain.common.Metadata;

/** FlexPrice updates only the name and the metadata; null leaves a field as it is. */
public record UpdateCreditGrantCommand(String name, Metadata metadata) {
}
