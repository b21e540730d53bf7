package io.xiaobu.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code xiaobu normalize}: one JSON object per stdin line, as the issue specifies. */
class NormalizeCommandTest {

    private static String run(String stdin, String... args) {
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int code = new CommandLine(new XiaobuCli()).execute(args);
            assertThat(code).isZero();
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eachInputLineBecomesOneJsonObjectWithTypedMentions() throws Exception {
        String out = run("明天下午三点半叫我起床\n把温度调到二十六度\n",
                "normalize", "--reference", "2013-02-12T04:30:00", "--zone", "Asia/Shanghai");
        String[] lines = out.strip().split("\n");
        assertThat(lines).hasSize(2);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode first = mapper.readTree(lines[0]);
        assertThat(first.get("input").asText()).isEqualTo("明天下午三点半叫我起床");
        JsonNode time = first.get("mentions").get(0);
        assertThat(time.get("dimension").asText()).isEqualTo("time");
        assertThat(time.get("value").asText()).isEqualTo("2013-02-13T15:30:00+08:00");
        assertThat(time.get("grain").asText()).isEqualTo("minute");
        assertThat(time.get("start").asInt()).isZero();
        assertThat(time.get("end").asInt()).isEqualTo(7);
        JsonNode temp = mapper.readTree(lines[1]).get("mentions").get(0);
        assertThat(temp.get("value").isNumber()).isTrue();
    }

    @Test
    void dimensionOptionKeepsOnlyTheRequestedDimensions() throws Exception {
        String out = run("明天三点买五块钱的糖\n", "normalize", "--reference", "2013-02-12T04:30:00",
                "--dimension", "money");
        JsonNode mentions = new ObjectMapper().readTree(out.strip()).get("mentions");
        assertThat(mentions).hasSize(1);
        assertThat(mentions.get(0).get("dimension").asText()).isEqualTo("money");
    }
}
