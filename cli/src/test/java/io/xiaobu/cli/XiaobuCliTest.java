package io.xiaobu.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line's handling of a user's mistakes. */
class XiaobuCliTest {

    @Test
    void aMissingDataFileIsOneLineAndAnInvalidInputExitCode() {
        StringWriter err = new StringWriter();
        CommandLine cli = XiaobuCli.commandLine();
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("eval", "nlu", "--format", "cais", "--data", "no/such/ch.valid");
        assertThat(code).isEqualTo(cli.getCommandSpec().exitCodeOnInvalidInput());
        assertThat(err.toString()).contains("no such file: no/such/ch.valid").doesNotContain("\tat ");
    }

    @Test
    void theDialogStateAndThePreviousTurnsTextCannotBothBeTheContext() {
        StringWriter err = new StringWriter();
        CommandLine cli = XiaobuCli.commandLine();
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("train", "nlu", "--format", "nlpcc2018", "--data", "x.txt", "--out", "target/never",
                "--context", "16", "--dialog-state", "OTHERS");
        assertThat(code).isEqualTo(cli.getCommandSpec().exitCodeOnInvalidInput());
        assertThat(err.toString()).contains("--context and --dialog-state exclude each other");
    }

    @Test
    void anNgramClassifierNeedsATrainedModelFolderAndAWeightWithinOne() {
        StringWriter err = new StringWriter();
        CommandLine cli = XiaobuCli.commandLine();
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("train", "ngram", "--format", "smp2017", "--data", "x.jsonl", "--model", "target/no-such-model");
        assertThat(code).isEqualTo(cli.getCommandSpec().exitCodeOnInvalidInput());
        assertThat(err.toString()).contains("no such file: target/no-such-model/model.json").doesNotContain("\tat ");
        err.getBuffer().setLength(0);
        code = cli.execute("train", "ngram", "--format", "smp2017", "--data", "x.jsonl", "--model", "target/no-such-model", "--weight", "1.5");
        assertThat(code).isEqualTo(cli.getCommandSpec().exitCodeOnInvalidInput());
        assertThat(err.toString()).contains("--weight must be within (0, 1]").doesNotContain("\tat ");
    }

    @Test
    void misheardCommandsNeedAReadableFileOfFiveColumns(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        StringWriter err = new StringWriter();
        CommandLine cli = XiaobuCli.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("eval", "heard", "--data", "target/no-such-file.tsv")).isEqualTo(cli.getCommandSpec().exitCodeOnInvalidInput());
        assertThat(err.toString()).contains("cannot read target/no-such-file.tsv").doesNotContain("\tat ");
        java.nio.file.Path bad = java.nio.file.Files.writeString(dir.resolve("bad.tsv"), "# a comment\n打开蓝牙\t打开篮牙\tsystem.toggle\n");
        err.getBuffer().setLength(0);
        assertThat(cli.execute("eval", "heard", "--data", bad.toString())).isEqualTo(cli.getCommandSpec().exitCodeOnInvalidInput());
        assertThat(err.toString()).contains("expected 5 tab-separated columns, got 3").doesNotContain("\tat ");
    }
}
