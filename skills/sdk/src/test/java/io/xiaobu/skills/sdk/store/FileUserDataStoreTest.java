package io.xiaobu.skills.sdk.store;

import com.fasterxml.jackson.core.type.TypeReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileUserDataStoreTest {

    private static final TypeReference<List<String>> LIST = new TypeReference<>() { };

    @Test
    void dataSurvivesANewStoreOnTheSameDirectoryAndUsersAreSeparate(@TempDir Path dir) throws Exception {
        new FileUserDataStore(dir).write("alice", "alarms", List.of("07:00"));
        FileUserDataStore reopened = new FileUserDataStore(dir);
        assertThat(reopened.read("alice", "alarms", LIST, List.of())).containsExactly("07:00");
        assertThat(reopened.read("bob", "alarms", LIST, List.of())).isEmpty();
    }

    @Test
    void concurrentUpdatesAreNotLost(@TempDir Path dir) throws Exception {
        FileUserDataStore store = new FileUserDataStore(dir);
        var pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 40; i++) {
            int n = i;
            pool.submit(() -> store.update("u", "items", LIST, List.of(), l -> { var c = new ArrayList<>(l); c.add("" + n); return c; }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
        assertThat(store.read("u", "items", LIST, List.of())).hasSize(40);
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void hostileUserIdsStayInsideTheDirectoryAndBadCollectionsAreRefused(@TempDir Path dir) throws Exception {
        FileUserDataStore store = new FileUserDataStore(dir);
        store.write("../../etc/passwd", "alarms", List.of("x"));
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).allSatisfy(p -> assertThat(p.startsWith(dir)).isTrue());
        }
        assertThatThrownBy(() -> store.write("u", "../x", List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
