package io.flexprice.ports.application.common;

import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Fixtures.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.ports.testing.TestClock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UlidIdGeneratorTest {

    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static UlidIdGenerator at(Instant instant, long seed) {
        return new UlidIdGenerator(clockAt(instant), new Random(seed));
    }

    /** The millisecond a ULID encodes in its first ten characters. */
    private static long millisOf(String ulid) {
        long millis = 0;
        for (char c : ulid.substring(0, 10).toCharArray()) {
            millis = millis * 32 + CROCKFORD.indexOf(c);
        }
        return millis;
    }

    @Test
    void anIdIsThePrefixAnUnderscoreAnd26CrockfordCharacters() {
        String id = new UlidIdGenerator(clockAt(NOW)).newId("cust");

        assertThat(id).startsWith("cust_").hasSize("cust_".length() + 26);
        assertThat(id.substring("cust_".length())).matches("[0-9A-HJKMNP-TV-Z]{26}");
    }

    @Test
    void theFirstTenCharactersEncodeTheClocksMillisecond() {
        String ulid = new UlidIdGenerator(clockAt(NOW)).newId("event").substring("event_".length());

        assertThat(millisOf(ulid)).isEqualTo(NOW.toEpochMilli());
    }

    @Test
    void idsFromALaterMillisecondSortAfterEarlierOnesWhateverTheirRandomPart() {
        for (long seed = 0; seed < 200; seed++) {
            String earlier = at(NOW, seed).newId("event");
            String later = at(NOW.plusMillis(1), seed + 1_000).newId("event");

            assertThat(later).as("seed %d", seed).isGreaterThan(earlier);
        }
    }

    @Test
    void idsSortByTimeAcrossDistantInstantsToo() {
        String epoch = at(Instant.EPOCH, 1).newId("x");
        String now = at(NOW, 2).newId("x");
        String farFuture = at(Instant.parse("9999-12-31T23:59:59.999Z"), 3).newId("x");

        assertThat(epoch).isLessThan(now);
        assertThat(now).isLessThan(farFuture);
    }

    @Test
    void idsOfTheSameMillisecondDifferByTheirRandomPart() {
        UlidIdGenerator generator = new UlidIdGenerator(clockAt(NOW));
        Set<String> ids = new HashSet<>();

        IntStream.range(0, 1_000).forEach(i -> ids.add(generator.newId("event")));

        assertThat(ids).hasSize(1_000);
        assertThat(ids).allSatisfy(id -> assertThat(id).startsWith(ids.iterator().next().substring(0, 16)));
    }

    @Test
    void idsOfOneMillisecondSortInTheOrderTheyWereMade() {
        UlidIdGenerator generator = new UlidIdGenerator(clockAt(NOW));
        List<String> made = IntStream.range(0, 1_000).mapToObj(i -> generator.newId("price")).toList();

        assertThat(made).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aRandomPartAtItsMaximumCarriesIntoTheNextMillisecond() {
        Random allOnes = new Random() {
            @Override
            public void nextBytes(byte[] bytes) {
                java.util.Arrays.fill(bytes, (byte) 0xFF);
            }
        };
        UlidIdGenerator generator = new UlidIdGenerator(clockAt(NOW), allOnes);

        String first = generator.newId("x").substring(2);
        String second = generator.newId("x").substring(2);

        assertThat(first).isEqualTo(ulidPrefix(NOW.toEpochMilli()) + "ZZZZZZZZZZZZZZZZ");
        assertThat(millisOf(second)).isEqualTo(NOW.toEpochMilli() + 1);
        assertThat(second).endsWith("0000000000000000").isGreaterThan(first);
    }

    @Test
    void aClockSteppingBackDoesNotMakeAnEarlierId() {
        TestClock clock = new TestClock(NOW);
        UlidIdGenerator generator = new UlidIdGenerator(clock, new Random(7));
        String before = generator.newId("x");

        clock.set(NOW.minusSeconds(5));
        String after = generator.newId("x");

        assertThat(after).isGreaterThan(before);
    }

    private static String ulidPrefix(long millis) {
        char[] chars = new char[10];
        for (int i = 9; i >= 0; i--) {
            chars[i] = CROCKFORD.charAt((int) (millis & 31));
            millis >>>= 5;
        }
        return new String(chars);
    }

    @Test
    void theSameSeedAndInstantGiveTheSameId() {
        assertThat(at(NOW, 42).newId("feat")).isEqualTo(at(NOW, 42).newId("feat"));
    }
}
