package io.xiaobu.kg;

import io.xiaobu.kg.imports.StarterGraph;
import io.xiaobu.kg.link.AliasIndex;
import io.xiaobu.kg.link.EntityLink;
import io.xiaobu.kg.link.EntityLinker;
import io.xiaobu.kg.link.KnowledgeRouter;
import io.xiaobu.kg.link.LinkResult;
import io.xiaobu.kg.link.LinkerConfig;
import io.xiaobu.kg.link.ContextCues;
import io.xiaobu.kg.model.EntityType;
import io.xiaobu.kg.qa.KbqaAnswer;
import io.xiaobu.kg.qa.KbqaConfig;
import io.xiaobu.kg.qa.KbqaEngine;
import io.xiaobu.kg.store.GraphReader;
import io.xiaobu.kg.store.GraphSchema;
import io.xiaobu.kg.store.GraphWriter;
import io.xiaobu.nlu.Slot;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge graph as the pipeline sees it: entity linking (in memory, works while Neo4j is down),
 * knowledge-dependent routing, KBQA (needs Neo4j) and a health probe. When it starts with Neo4j down,
 * linking uses the starter graph; once Neo4j answers again the schema, starter graph and alias index
 * are brought up to date by themselves.
 */
public final class KnowledgeGraph implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeGraph.class);

    private final Driver driver;
    private final boolean ownsDriver;
    private final GraphConfig config;
    private final LinkerConfig linkerConfig;
    private final GraphReader reader;
    private final AtomicReference<EntityLinker> linker = new AtomicReference<>();
    private final KbqaEngine kbqa;
    private final KnowledgeRouter router = new KnowledgeRouter();
    private final AtomicBoolean indexFromGraph = new AtomicBoolean(false);
    private final AtomicBoolean refreshing = new AtomicBoolean(false);
    private volatile long lastProbeNanos;
    private volatile boolean lastUp;
    private volatile String lastError = "";

    /** Connects with a driver of its own (closed by {@link #close()}). */
    public static KnowledgeGraph connect(GraphConfig config) {
        Config driverConfig = Config.builder()
                .withConnectionTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withConnectionAcquisitionTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withMaxTransactionRetryTime(1, TimeUnit.SECONDS)
                .build();
        Driver driver = config.user() == null || config.user().isEmpty()
                ? GraphDatabase.driver(config.uri(), AuthTokens.none(), driverConfig)
                : GraphDatabase.driver(config.uri(), AuthTokens.basic(config.user(), config.password()), driverConfig);
        return new KnowledgeGraph(driver, true, config, LinkerConfig.defaults(), KbqaConfig.defaults());
    }

    /** Uses a driver built elsewhere (not closed here); configure it with a short retry time. */
    public static KnowledgeGraph withDriver(Driver driver, GraphConfig config) {
        return new KnowledgeGraph(driver, false, config, LinkerConfig.defaults(), KbqaConfig.defaults());
    }

    private KnowledgeGraph(Driver driver, boolean ownsDriver, GraphConfig config, LinkerConfig linkerConfig, KbqaConfig kbqaConfig) {
        this.driver = driver;
        this.ownsDriver = ownsDriver;
        this.config = config;
        this.linkerConfig = linkerConfig;
        this.reader = new GraphReader(driver, config.queryTimeout());
        this.kbqa = new KbqaEngine(linker::get, reader, kbqaConfig);
        linker.set(starterLinker());
        try {
            refresh();
        } catch (RuntimeException e) {
            lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warn("Neo4j at {} is not ready ({}); linking from the starter graph until it is", config.uri(), lastError);
        }
    }

    /** Applies the schema, writes the starter graph (if configured) and rebuilds the alias index from the graph. */
    public void refresh() {
        GraphSchema.apply(driver);
        if (config.loadStarter()) {
            StarterGraph starter = StarterGraph.load();
            GraphWriter writer = new GraphWriter(driver);
            writer.upsertEntities(starter.entities());
            writer.upsertRelations(starter.relations());
        }
        AliasIndex.Builder b = AliasIndex.builder(linkerConfig);
        long n = reader.streamAliases(b::add);
        AliasIndex index = b.build();
        linker.set(new EntityLinker(index, linkerConfig, ContextCues.defaults()));
        indexFromGraph.set(true);
        LOG.info("Alias index built from the graph: {} entities, {} aliases", n, index.aliasCount());
    }

    private EntityLinker starterLinker() {
        return starterGraphLinker(linkerConfig);
    }

    /** A linker over the project's starter graph alone (no database): what a fresh service links with. */
    public static EntityLinker starterGraphLinker(LinkerConfig linkerConfig) {
        AliasIndex.Builder b = AliasIndex.builder(linkerConfig);
        StarterGraph.load().entities().forEach(b::add);
        return new EntityLinker(b.build(), linkerConfig, ContextCues.defaults());
    }

    /** The selected (non-overlapping) entity links of an utterance. Never throws. */
    public List<EntityLink> link(String text) {
        return linker.get().link(text).links();
    }

    /** Full linking result (all mentions, selection, per-character type tags), with expected types. */
    public LinkResult linkAll(String text, Set<EntityType> expectedTypes) {
        return linker.get().link(text, expectedTypes);
    }

    /**
     * Attaches linked entity ids to NLU slots: a slot gets the id (and canonical name as its normalised
     * value, when it has none) of the selected link that covers the same span. Other slots are unchanged.
     */
    public List<Slot> attachEntityIds(String text, List<Slot> slots) {
        List<EntityLink> links = link(text);
        List<Slot> out = new java.util.ArrayList<>(slots.size());
        for (Slot slot : slots) {
            Slot s = slot;
            for (EntityLink l : links) {
                if (l.start() <= slot.start() && slot.end() <= l.end() || slot.start() <= l.start() && l.end() <= slot.end()) {
                    s = slot.withEntityId(l.entityId());
                    if (s.normalized() == null || s.normalized().isBlank()) s = s.withNormalized(l.name());
                    break;
                }
            }
            out.add(s);
        }
        return out;
    }

    /** Knowledge-dependent routing of a play/open request. */
    public KnowledgeRouter.Route route(String text) {
        return router.route(linker.get().link(text));
    }

    /** Answers a factoid question; {@link KbqaAnswer.Status#UNAVAILABLE} while Neo4j is down. */
    public KbqaAnswer answer(String question) {
        KbqaAnswer a = kbqa.answer(question);
        if (a.status() == KbqaAnswer.Status.UNAVAILABLE) lastUp = false;
        return a;
    }

    /** True when Neo4j answered a probe recently (cached for {@link GraphConfig#healthCacheTime()}). */
    public boolean isUp() {
        long now = System.nanoTime();
        if (now - lastProbeNanos < config.healthCacheTime().toNanos()) return lastUp;
        boolean up;
        try {
            reader.ping();
            up = true;
        } catch (RuntimeException e) {
            up = false;
            lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        lastUp = up;
        lastProbeNanos = System.nanoTime();
        if (up && !indexFromGraph.get()) refreshInBackground();
        return up;
    }

    /**
     * Waits until Neo4j answers and the alias index has been built from the graph (start-up), or the
     * timeout passes. Returns whether it is ready.
     */
    public boolean awaitReady(java.time.Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (isUp() && indexFromGraph.get()) return true;
            try {
                Thread.sleep(Math.max(50, config.healthCacheTime().toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return isUp() && indexFromGraph.get();
    }

    /** True once the alias index holds the whole graph (not only the starter graph). */
    public boolean indexFromGraph() {
        return indexFromGraph.get();
    }

    /** A line for readiness checks. */
    public String healthDetail() {
        EntityLinker l = linker.get();
        boolean up = isUp();
        return (up ? "up" : "down: " + lastError) + " (" + config.uri() + "), alias index: " + l.index().entityCount()
                + " entities from " + (indexFromGraph.get() ? "graph" : "starter graph");
    }

    /** The current linker (its index is replaced, never mutated, when the graph is re-read). */
    public EntityLinker linker() {
        return linker.get();
    }

    public GraphReader reader() {
        return reader;
    }

    public Driver driver() {
        return driver;
    }

    private void refreshInBackground() {
        if (!refreshing.compareAndSet(false, true)) return;
        Thread.ofVirtual().name("kg-refresh").start(() -> {
            try {
                refresh();
            } catch (RuntimeException e) {
                lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
                LOG.warn("graph refresh failed: {}", lastError);
            } finally {
                refreshing.set(false);
            }
        });
    }

    @Override
    public void close() {
        if (ownsDriver) driver.close();
    }
}
