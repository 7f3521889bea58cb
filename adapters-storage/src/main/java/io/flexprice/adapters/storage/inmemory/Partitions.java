package io.flexprice.adapters.storage.inmemory;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Rows kept apart by their owner (a scope, or a tenant): every lookup names the owner, so a row is never
 * found from another owner. Each operation is atomic; a repository that checks a rule before writing (a
 * unique key) serialises its writes itself, so the check and the write are one step.
 *
 * @param <P> the owner
 * @param <K> the row's id within its owner
 * @param <V> the row
 */
final class Partitions<P, K, V> {

    private final ConcurrentMap<P, ConcurrentMap<K, V>> partitions = new ConcurrentHashMap<>();

    Optional<V> find(P owner, K key) {
        return Optional.ofNullable(rows(owner).get(key));
    }

    /** The owner's rows, a live view: iterating it while others write is safe. */
    Collection<V> all(P owner) {
        return rows(owner).values();
    }

    /** Whether a row of the owner, other than the one with id {@code key}, passes {@code test}: a unique-key check. */
    boolean anyOther(P owner, K key, Predicate<V> test) {
        return rows(owner).entrySet().stream().anyMatch(row -> !row.getKey().equals(key) && test.test(row.getValue()));
    }

    /** The rows of every owner, for the few lookups that are across owners by design. */
    Stream<V> everyOwner() {
        return partitions.values().stream().flatMap(rows -> rows.values().stream());
    }

    /** Stores a row unless its key is stored already; returns whether it stored it. */
    boolean insertIfAbsent(P owner, K key, V row) {
        return partitions.computeIfAbsent(owner, o -> new ConcurrentHashMap<>()).putIfAbsent(key, row) == null;
    }

    /** Stores a new row; a key stored already is a programming error, since ids are generated unique. */
    void insert(P owner, K key, V row) {
        if (!insertIfAbsent(owner, key, row)) {
            throw new IllegalStateException(owner + " already has a row with id " + key);
        }
    }

    /** Replaces a stored row; a key that is not stored is a programming error. */
    void replace(P owner, K key, V row) {
        ConcurrentMap<K, V> rows = partitions.get(owner);
        if (rows == null || rows.replace(key, row) == null) {
            throw new IllegalStateException(owner + " has no row with id " + key + " to update");
        }
    }

    private Map<K, V> rows(P owner) {
        Map<K, V> rows = partitions.get(owner);
        return rows == null ? Map.of() : rows;
    }
}
