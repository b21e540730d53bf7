package io.xiaobu.skills.builtin;

import io.xiaobu.skills.builtin.live.LiveDataProvider;
import io.xiaobu.skills.sdk.Device;
import io.xiaobu.skills.sdk.Outcome;
import io.xiaobu.skills.sdk.testkit.SkillTester;
import io.xiaobu.skills.sdk.testkit.TemplateUnderstander;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings are checked against capabilities; replies fit the device. */
class SystemAndDeviceTest {

    @TempDir
    Path dir;

    private SkillTester tester(Device device) {
        var runtime = Fixtures.skills(dir, LiveDataProvider.notConnected()).runtime();
        return new SkillTester(runtime, new TemplateUnderstander(runtime.skills().stream().map(s -> s.model()).toList()))
                .device(device).now(Fixtures.NOW);
    }

    @Test
    void turningOnWifiByASynonymSendsACanonicalSetting() {
        tester(Fixtures.phone()).say("打开无线网").assertIntent("system.toggle").assertDirective("device.setting", "setting", "wifi")
                .assertDirective("device.setting", "value", "on");
    }

    @Test
    void turningOffBluetoothSaysOff() {
        tester(Fixtures.phone()).say("关闭蓝牙").assertDirective("device.setting", "value", "off").assertReplyContains("关闭");
    }

    @Test
    void aSpeakerWithoutAFlashlightSaysSoAndSendsNothing() {
        var r = tester(Fixtures.speaker()).say("打开手电筒").assertOutcome(Outcome.UNSUPPORTED).assertNoDirectives();
        assertThat(r.response().tts()).contains("手电筒");
        assertThat(r.response().text()).as("no screen text on a speaker").isNull();
    }

    @Test
    void volumeUpMovesFromTheDeviceLevelByOneStep() {
        tester(Fixtures.phone()).send("system", "system.adjust", "setting", "音量", "direction", "调大").assertDirective("device.setting", "value", 50);
        tester(Fixtures.phone()).send("system", "system.adjust", "setting", "亮度", "value", "150").assertDirective("device.setting", "value", 100);
    }

    @Test
    void aDeviceThatDoesNotReportItsLevelIsMovedByOneStepWithoutANumberMadeUp() {
        Device unknown = new Device("phone", Fixtures.phone().capabilities(), List.of(), Map.of());
        var up = tester(unknown).say("把音量调大一点").assertDirective("device.setting", "delta", 10);
        assertThat(up.response().tts()).contains("音量调大了一些").doesNotContain("%");
        tester(unknown).say("屏幕太亮了").assertDirective("device.setting", "setting", "brightness").assertDirective("device.setting", "delta", -10);
        tester(unknown).say("音量调到最大").assertDirective("device.setting", "value", 100);   // an extreme needs no level
    }

    @Test
    void theExtremesAndComplaintsAreAdjustmentsToo() {
        tester(Fixtures.phone()).say("音量调到最大").assertDirective("device.setting", "value", 100);
        tester(Fixtures.phone()).say("亮度调到最低").assertDirective("device.setting", "value", 0);
        tester(Fixtures.phone()).say("屏幕太亮了").assertDirective("device.setting", "setting", "brightness").assertDirective("device.setting", "value", 60);
        tester(Fixtures.phone()).say("声音太小了").assertDirective("device.setting", "setting", "volume").assertDirective("device.setting", "value", 50);
    }

    @Test
    void playbackControlsDoWhatTheirWordsSay() {
        tester(Fixtures.phone()).say("单曲循环").assertDirective("media.control", "action", "loop_one");
        tester(Fixtures.phone()).say("重新播放").assertDirective("media.control", "action", "replay");
        tester(Fixtures.phone()).say("下一首").assertDirective("media.control", "action", "next");
        tester(Fixtures.phone()).say("不要这首").assertDirective("media.control", "action", "next");
        tester(Fixtures.phone()).say("暂停一下").assertDirective("media.control", "action", "pause");
    }

    @Test
    void aWatchGetsTheShortReply() {
        var watch = new Device("watch", java.util.Set.of("screen", "wifi"), java.util.List.of(), java.util.Map.of());
        var r = tester(watch).send("system", "system.toggle", "setting", "wifi", "state", "on");
        assertThat(r.response().tts()).isEqualTo("WLAN已打开");
    }

    @Test
    void videoIsRefusedOnASpeakerButMusicPlays() {
        tester(Fixtures.speaker()).send("media", "video.play", "film", "流浪地球").assertOutcome(Outcome.UNSUPPORTED);
        tester(Fixtures.speaker()).say("播放周杰伦的稻香").assertDirective("media.play", "song", "稻香").assertDirective("media.play", "singer", "周杰伦");
    }

    @Test
    void theSoftenerAfterThePlayVerbIsNotPartOfTheSong() {
        tester(Fixtures.speaker()).say("听一下红豆").assertDirective("media.play", "song", "红豆");
        tester(Fixtures.speaker()).say("帮我播放一下周杰伦的稻香").assertDirective("media.play", "song", "稻香")
                .assertDirective("media.play", "singer", "周杰伦");
    }

    @Test
    void callingAContactUsesTheDeviceAddressBookAndNeverInventsANumber() {
        tester(Fixtures.phone()).say("给王小露打电话").assertDirective("phone.call", "number", "13700137000");
        tester(Fixtures.phone()).say("给赵六打电话").assertNoDirectives().assertReplyContains("没有找到赵六");
    }

    @Test
    void aVideoCallIsACallWithVideo() {
        for (String said : new String[]{"我想和张三视频", "给张三打个视频电话", "跟李四视频通话", "视频呼叫王小露"}) {
            var r = tester(Fixtures.phone()).say(said).assertDirective("phone.call", "video", true);
            assertThat(r.response().tts()).as(said).contains("视频");
        }
        tester(Fixtures.phone()).say("我想和张三视频").assertDirective("phone.call", "number", "13800138000");
        tester(Fixtures.phone()).say("给张三打个语音电话").assertDirective("phone.call", "number", "13800138000");
    }

    @Test
    void appNamesResolveToPackages() {
        tester(Fixtures.phone()).say("打开微信").assertDirective("app.open", "package", "com.tencent.mm");
        tester(Fixtures.phone()).say("帮我打开不存在的应用软件").assertDirective("app.search");
    }

    @Test
    void repliesVaryWithTheSeedButStayDeterministic() {
        var a = tester(Fixtures.phone()).seed("a").send("system", "system.toggle", "setting", "wifi", "state", "on").response().tts();
        var again = tester(Fixtures.phone()).seed("a").send("system", "system.toggle", "setting", "wifi", "state", "on").response().tts();
        assertThat(again).isEqualTo(a);
        var variants = new java.util.HashSet<String>();
        for (int i = 0; i < 20; i++) variants.add(tester(Fixtures.phone()).seed("s" + i).send("system", "system.toggle", "setting", "wifi", "state", "on").response().tts());
        assertThat(variants).hasSizeGreaterThan(1);
    }
}
