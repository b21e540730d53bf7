package io.xiaobu.dialog.skills;

import io.xiaobu.nlu.NormalizedText;
import io.xiaobu.nlu.grammar.RuleMatchResult;
import io.xiaobu.nlu.text.TextNormalizer;
import io.xiaobu.skills.builtin.BuiltinServices;
import io.xiaobu.skills.builtin.BuiltinSkills;
import io.xiaobu.time.TimeNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in skills' rule templates take the requests they are written for, and not the questions beside them. */
class BuiltinRulesTest {

    @TempDir
    static Path work;
    static SkillCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = new SkillCatalog(new BuiltinSkills(BuiltinServices.defaults(work)).runtime(), new TimeNormalizer(), List.of());
    }

    private static RuleMatchResult match(String text) {
        NormalizedText n = TextNormalizer.standard().normalize(text);
        return catalog.get().match(n);
    }

    private static String fullMatchIntent(String text) {
        RuleMatchResult r = match(text);
        return r.status() == RuleMatchResult.Status.MATCHED ? r.best().orElseThrow().understanding().intent() : null;
    }

    @Test
    void askingWhatAForeignWordMeansIsATranslation() {
        assertThat(fullMatchIntent("hello这个单词是什么意思")).isEqualTo("translate");
        assertThat(fullMatchIntent("英文apple是什么意思")).isEqualTo("translate");
        assertThat(fullMatchIntent("早上好用英语怎么说")).isEqualTo("translate");
    }

    @Test
    void whatAChineseWordOrTheUserMeansIsNoRuleMatch() {
        // word meanings go to the graph or chat, "你什么意思" is chit-chat: no template claims them
        assertThat(fullMatchIntent("勤劳是什么意思")).isNull();
        assertThat(fullMatchIntent("你什么意思")).isNull();
    }

    @Test
    void theMeaningOfAPoemLineIsAskedAsSuch() {
        assertThat(fullMatchIntent("床前明月光这句诗是什么意思")).isEqualTo("poetry.play");
    }

    /** The intent and slot values of the full match, as "intent name=value …". */
    private static String fullMatch(String text) {
        RuleMatchResult r = match(text);
        if (r.status() != RuleMatchResult.Status.MATCHED) return null;
        var u = r.best().orElseThrow().understanding();
        StringBuilder out = new StringBuilder(u.intent());
        u.slots().forEach(x -> out.append(' ').append(x.name()).append('=').append(x.value()));
        return out.toString();
    }

    @Test
    void aBrief一下AfterTheVerbIsNotPartOfTheName() {
        // 一下 softens the verb; it used to open the name: "没有找到一下微信这个应用", 《一下百家姓》
        // 打开 opens apps, films, stations, channels and lamps alike: the graph tells which; none takes 一下
        assertThat(match("打开一下微信").tied()).extracting(m -> m.understanding().slots().getFirst().value())
                .isNotEmpty().containsOnly("微信");
        assertThat(fullMatch("背一下百家姓")).isEqualTo("poetry.play poem=百家姓");
        assertThat(fullMatch("给我讲一下白雪公主")).isEqualTo("novel.play novel=白雪公主");
        assertThat(fullMatch("计算一下三加五")).isEqualTo("calc.compute expression=三加五");
        assertThat(fullMatch("卸载一下抖音")).isEqualTo("app.uninstall app=抖音"); // 卸载微信 used to be a download
        assertThat(fullMatch("下载一下抖音")).isEqualTo("app.download app=抖音");
    }

    @Test
    void aPhoneNumberIsDigitsNotAnyWordsAfter打() {
        assertThat(fullMatch("拨打10086")).isEqualTo("phone.call number=10086");
        assertThat(fullMatch("帮我打幺三八零零幺三八零零零")).isEqualTo("phone.call number=幺三八零零幺三八零零零");
        // 打个谜语 used to be a call to the number "个谜语"
        assertThat(match("给我打个谜语").matches()).extracting(m -> m.understanding().intent()).doesNotContain("phone.call");
        assertThat(match("打开一下微信").matches()).extracting(m -> m.understanding().intent()).doesNotContain("phone.call");
    }

    @Test
    void aGenreIsReadWholeAndVolumeIsAdjustedWithoutAVerb() {
        assertThat(fullMatch("来点轻音乐")).isEqualTo("music.play genre=轻音乐");
        assertThat(fullMatch("放点流行音乐")).isEqualTo("music.play genre=流行");
        assertThat(fullMatch("声音大一点")).isEqualTo("system.adjust setting=声音 direction=大");
        assertThat(fullMatch("音量再小点")).isEqualTo("system.adjust setting=音量 direction=小");
    }

    @Test
    void musicItselfIsNoApp() {
        // "没有找到音乐这个应用": 打开音乐 plays music, 关闭音乐 stops it
        assertThat(fullMatch("打开音乐")).isEqualTo("music.play");
        assertThat(fullMatch("关闭音乐")).isEqualTo("media.control");
        assertThat(fullMatch("退出歌曲")).isEqualTo("media.control");
    }

    @Test
    void askingWhatIsNearbyNamesWhatToFind() {
        // the question word used to open the place: poi=什么好吃的, which the model then vetoed as a question
        assertThat(fullMatch("附近有什么好吃的")).isEqualTo("nav.nearby poi=好吃的");
        assertThat(fullMatch("这附近有哪些加油站")).isEqualTo("nav.nearby poi=加油站");
    }

    @Test
    void arithmeticIsReadAsAnExpressionAndNothingElseIs() {
        assertThat(fullMatch("三百六十五乘以二十四")).isEqualTo("calc.compute expression=三百六十五乘以二十四");
        assertThat(fullMatch("十的平方根是多少")).isEqualTo("calc.compute expression=十的平方根");
        // "{expression}多少" used to take any words: a stock price was an arithmetic problem
        assertThat(fullMatch("腾讯股价多少")).isEqualTo("stock.query stock=腾讯");
        assertThat(fullMatchIntent("今天限行尾号是多少")).isNotEqualTo("calc.compute");
        assertThat(fullMatchIntent("三百")).isNull();
    }

    @Test
    void aMoodIsAGenreAndASettingSaidAloneIsSwitched() {
        assertThat(fullMatch("来一首安静的歌")).isEqualTo("music.play genre=安静");
        assertThat(fullMatch("放一首轻松的音乐")).isEqualTo("music.play genre=轻松");
        assertThat(fullMatch("静音")).isEqualTo("system.toggle setting=静音");
        assertThat(fullMatch("取消静音")).isEqualTo("system.toggle setting=静音");
        assertThat(fullMatch("讲个故事吧")).isEqualTo("content.play kind=故事");
    }

    @Test
    void aRequestBeforeTheCitiesIsNotTheDeparture() {
        assertThat(fullMatch("查一下明天北京到上海的高铁")).isEqualTo("train.query date=明天 from=北京 to=上海");
        assertThat(fullMatch("帮我订一张去广州的机票")).isEqualTo("flight.query to=广州");
        assertThat(fullMatch("今天有什么新闻")).isEqualTo("news.play date=今天");
        assertThat(fullMatch("上海这周末冷不冷")).isEqualTo("weather.query city=上海 date=这周末");
    }

    @Test
    void aDayIsNoTimeOfDay() {
        // sys.time took 明天 as 00:00: "没有找到凌晨0点的闹钟"
        assertThat(fullMatch("取消明天的闹钟")).isEqualTo("alarm.cancel date=明天");
        assertThat(fullMatch("取消明天的会议")).isEqualTo("calendar.cancel date=明天 title=会议");
    }

    @Test
    void everydayPhrasingsFoundByTalkingToTheAssistant() {
        assertThat(fullMatch("打给10086")).isEqualTo("phone.call number=10086");
        assertThat(fullMatch("给李四发微信说我到了")).isEqualTo("message.send contact=李四 via=微信 content=我到了");
        assertThat(fullMatch("我在哪")).isEqualTo("nav.locate");
        assertThat(fullMatch("附近有没有医院")).isEqualTo("nav.nearby poi=医院");
        assertThat(fullMatch("我想看电影")).isEqualTo("video.play video_kind=电影");
        // as a poem it ties with "来一首{singer}的{song}": the graph settles it (李白 is a poet, 静夜思 a poem)
        assertThat(match("来一首李白的静夜思").matches()).extracting(m -> m.understanding().intent()).contains("poetry.play");
        assertThat(fullMatch("床前明月光的下一句是什么")).isEqualTo("poetry.play poem=床前明月光");
        assertThat(fullMatch("不要这首")).isEqualTo("media.control");
        assertThat(fullMatch("来段评书")).isEqualTo("content.play kind=评书");
        assertThat(fullMatch("我想听郭德纲的相声")).isEqualTo("content.play performer=郭德纲 kind=相声");
        assertThat(fullMatch("下雨了吗")).isEqualTo("weather.query");
        assertThat(fullMatch("我爱你用日语怎么说")).isEqualTo("translate content=我爱你 target=日语");
    }

    @Test
    void aHomeIsMoreThanLampsAndAnAirConditioner() {
        assertThat(fullMatch("空调调到二十六度")).isEqualTo("home.aircon temperature=二十六度");
        assertThat(fullMatch("空调温度调高一点")).isEqualTo("home.aircon");
        assertThat(fullMatch("打开空调制冷模式")).isEqualTo("home.aircon mode=制冷");
        assertThat(fullMatch("打开加湿器")).isEqualTo("home.device appliance=加湿器");
        assertThat(fullMatch("把窗帘拉开")).isEqualTo("home.device appliance=窗帘");
        assertThat(fullMatch("扫地机器人开始扫地")).isEqualTo("home.clean");
    }

    @Test
    void moreWaysToAskForNewsRadioRoutesAndDates() {
        assertThat(fullMatch("放点财经新闻")).isEqualTo("news.play category=财经");
        assertThat(fullMatch("查一下今天的体育新闻")).isEqualTo("news.play date=今天 category=体育");
        assertThat(fullMatch("我想听广播")).isEqualTo("radio.play");
        assertThat(fullMatch("坐地铁去天安门")).isEqualTo("nav.route destination=天安门");
        assertThat(fullMatch("步行到公司要多久")).isEqualTo("nav.route destination=公司");
        assertThat(fullMatch("去最近的银行")).isEqualTo("nav.nearby poi=银行");
        assertThat(fullMatch("距离春节还有几天")).isEqualTo("festival.query festival=春节");
        assertThat(fullMatch("帮我添加一个明天下午三点的会议日程")).isEqualTo("calendar.create datetime=明天下午三点 title=会议");
    }

    @Test
    void aDriverControlsTheNavigationInProgress() {
        // 避开拥堵 played music, 退出导航 looked for an app called 导航
        assertThat(fullMatch("避开拥堵")).isEqualTo("nav.control nav_action=避开拥堵");
        assertThat(fullMatch("还有多久到")).isEqualTo("nav.control nav_action=还有多久到");
        assertThat(fullMatch("退出导航")).isEqualTo("nav.stop");
        assertThat(fullMatch("打开空调")).isEqualTo("home.aircon");
    }

    @Test
    void aNumberBeforeAUnitIsTheNumberEvenWhenTheTimeLibraryReadsAQuantity() {
        // the library reads 三十摄氏度 as one temperature, and the number slot used to get only 三
        assertThat(fullMatch("三十摄氏度是多少华氏度")).isEqualTo("unit.convert number=三十 from_unit=摄氏度 to_unit=华氏度");
        assertThat(fullMatch("五斤等于几公斤")).isEqualTo("unit.convert number=五 from_unit=斤 to_unit=公斤");
    }

    @Test
    void aRequestAskedAsAQuestionIsStillTheRequest() {
        // "能不能放首歌给我听" played a song called 能不能
        assertThat(fullMatch("能不能放首歌给我听")).isEqualTo("music.play");
        assertThat(fullMatch("可以播放稻香吗")).isNull(); // 吗 after an open name stays a question for the model
        // as "播放稻香": a song or a film by the templates, the graph settles it
        assertThat(match("能不能播放稻香").matches()).extracting(m -> m.understanding().intent()).contains("music.play");
    }

    @Test
    void anArtistsVideosAreVideosAndACallCanBeAVideoCall() {
        assertThat(fullMatchIntent("我想看周杰伦的视频")).isEqualTo("video.play");
        assertThat(fullMatchIntent("播放周杰伦的MV")).isEqualTo("video.play");
        assertThat(fullMatchIntent("播放视频")).isEqualTo("video.play");
        assertThat(fullMatchIntent("我想和妈妈视频")).isEqualTo("phone.call");
        assertThat(fullMatchIntent("给张三打个视频电话")).isEqualTo("phone.call");
    }
}
