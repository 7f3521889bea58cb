package io.flexprice.ports.application.common;

import io.flexprice.ports.out.common.IdGenerator;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Random;

/**
 * Ids as FlexPrice makes them: {@code prefix_} + a ULID (48-bit millisecond time, 80 random bits,
 * Crockford base32, upper case), so ids sort by creation time.
 */
public final class UlidIdGenerator implements IdGenerator {

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final Clock clock;
    private final Random random;

    public UlidIdGenerator(Clock clock) {
        this(clock, new SecureRandom());
    }

    public UlidIdGenerator(Clock clock, Random random) {
        this.clock = clock;
        this.random = random;
    }

    @Override
    public String newId(String prefix) {
        char[] ulid = new char[26];
        long time = clock.millis();
        for (int i = 9; i >= 0; i--) {
            ulid[i] = CROCKFORD[(int) (time & 31)];
            time >>>= 5;
        }
        byte[] entropy = new byte[10];
        synchronized (random) {
            random.nextBytes(entropy);
        }
        long high = 0;
        for (int i = 0; i < 5; i++) {
            high = (high << 8) | (entropy[i] & 0xFF);
        }
        long low = 0;
        for (int i = 5; i < 10; i++) {
            low = (low << 8) | (entropy[i] & 0xFF);
        }
        for (int i = 17; i >= 10; i--) {
            ulid[i] = CROCKFORD[(int) (high & 31)];
            high >>>= 5;
        }
        for (int i = 25; i >= 18; i--) {
            ulid[i] = CROCKFORD[(int) (low & 31)];
            low >>>= 5;
        }
        return prefix + "_" + new String(ulid);
    }
}
