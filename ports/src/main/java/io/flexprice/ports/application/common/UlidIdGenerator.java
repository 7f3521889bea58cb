package io.flexprice.ports.application.common;

import io.flexprice.ports.out.common.IdGenerator;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Random;

/**
 * Ids as FlexPrice makes them: {@code prefix_} + a ULID (48-bit millisecond time, 80 random bits,
 * Crockford base32, upper case), so ids sort by creation time. Monotonic, as the ULID specification
 * describes it: within one millisecond (or when the clock steps back) the next id is the previous one's
 * random part plus one, so the ids one generator makes sort in the order it made them.
 */
public final class UlidIdGenerator implements IdGenerator {

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final long FORTY_BITS = (1L << 40) - 1;

    private final Clock clock;
    private final Random random;
    private long lastTime = Long.MIN_VALUE;
    private long lastHigh;
    private long lastLow;

    public UlidIdGenerator(Clock clock) {
        this(clock, new SecureRandom());
    }

    public UlidIdGenerator(Clock clock, Random random) {
        this.clock = clock;
        this.random = random;
    }

    @Override
    public String newId(String prefix) {
        long time;
        long high;
        long low;
        synchronized (this) {
            time = clock.millis();
            if (time <= lastTime) {
                time = lastTime;
                low = (lastLow + 1) & FORTY_BITS;
                high = low == 0 ? (lastHigh + 1) & FORTY_BITS : lastHigh;
                if (low == 0 && high == 0) {
                    time++;
                }
            } else {
                byte[] entropy = new byte[10];
                random.nextBytes(entropy);
                high = fortyBits(entropy, 0);
                low = fortyBits(entropy, 5);
            }
            lastTime = time;
            lastHigh = high;
            lastLow = low;
        }
        char[] ulid = new char[26];
        encode(ulid, 0, 10, time);
        encode(ulid, 10, 8, high);
        encode(ulid, 18, 8, low);
        return prefix + "_" + new String(ulid);
    }

    private static long fortyBits(byte[] bytes, int from) {
        long value = 0;
        for (int i = from; i < from + 5; i++) {
            value = (value << 8) | (bytes[i] & 0xFF);
        }
        return value;
    }

    private static void encode(char[] into, int from, int length, long value) {
        for (int i = from + length - 1; i >= from; i--) {
            into[i] = CROCKFORD[(int) (value & 31)];
            value >>>= 5;
        }
    }
}
