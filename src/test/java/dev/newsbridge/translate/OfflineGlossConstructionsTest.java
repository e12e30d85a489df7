package dev.newsbridge.translate;

import static dev.newsbridge.translate.GlossedParagraphs.paragraph;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Chinese constructions the offline gloss puts into English order or English words. */
class OfflineGlossConstructionsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "嫌疑人被警方逮捕。|arrested by the police",
    "他被迅速驱逐出境。|was",
    "这些工人被解雇了。|were",
    "该机构已经逮捕了数十人。|has arrested",
    "警方对此事进行调查。|investigate",
    "孩子们被转移到帐篷营地。|to the tent",
    "他们迅速离开。|quickly",
    "该活动的目的是消除贫困。|purpose of the event",
    "他回国后，开始工作。|After he",
    "他们见面时，天在下雨。|When they",
    "法官将在线听证，而不是面对面。|rather than",
    "他去寻找哥哥。|to seek",
    "他在伊拉克服役一年。|a year",
    "他们很高兴。|They are happy",
    "七成被捕者没有犯罪前科。|had no",
    "美国前财政部长出席会议。|former",
    "主队以78比71获胜。|78-71",
    "他最后一轮得了4分。|4 points",
    // 该 before a noun is "the", before a verb "should"
    "该市已启动应急响应。|The city",
    "该案将于下周开庭。|The case",
    "该名男子被捕。|The man",
    "该起事故造成两人受伤。|The accident",
    "你该走了。|should",
    "该男子被抓。|was grabbed",
    // a phrase of place or time goes behind its verb (was "He in Beijing held briefing")
    "他在北京举行了发布会。|held briefing in Beijing",
    "警方在现场发现了眼镜。|noticed spectacles in the scene",
    "发言人在例行记者会上表示反对。|said on regular press conference",
    "公司将在明年推出新产品。|will launch new products in the next year",
    // a verb the function-word table glosses takes the past like any other (was "He host meeting")
    "他主持了会议。|He hosted",
    // 刚 before what happens is "just" (CC-CEDICT's first sense, "hard", is the adjective)
    "他刚到北京。|He just",
    // 港 after a place's name is its port (was "Busan harbor")
    "航母驶入釜山港。|Busan port",
    // 首 before a measure word is "first" (were "head strip", "head support", "head circle")
    "该市首条地铁线路今天开通。|first subway line",
    "首架国产飞机交付。|First domestically produced airplane",
    "展览首周吸引两万人次。|first week",
    // 点 closing a compound is a place, "point" (was "recharge tap", "observe taps")
    "新开通的充电点方便了居民。|recharge point",
    "这里有三个观测点。|points",
    // but 市 closing one is a market, where 市 alone is the city
    "春节前车市升温。|car market",
    // set phrases the segmenter cuts up (was "To old replace with new")
    "商场推出家电以旧换新活动。|trade-in",
    // news words whose dictionary sense is another's, or that no dictionary lists (were "fix the
    // victory or defeat", "power pool", "test function", "science and technology building",
    // "external bloom")
    "两队将在周日定胜负。|decide the winner",
    "民营企业力拼转型升级。|strive for",
    "新线路下月试运行。|trial run",
    "新建的科技馆对外开放。|science and technology hall",
    "新建的科技馆对外开放。|open",
    "公司推出新款手机。|launch",
    // 当下 is the present in news, CC-CEDICT's first sense "immediately" a storyteller's
    "年轻人更愿意活在当下。|in the present",
    // 带 and a result: to boost (were "band hot", "band prosperous")
    "音乐节带火了小城旅游。|boost",
    "促销活动带旺了商场人气。|boost",
  })
  void readsInEnglishOrder(String chinese, String english) throws TranslationException {
    assertThat(paragraph(chinese)).contains(english);
  }

  @ParameterizedTest(name = "{0} has no {1}")
  @CsvSource(delimiter = '|', value = {
    "他被迅速驱逐出境。|by quickly",
    "警方对此事进行调查。|proceed",
    "这些工人被解雇了。|workers was",
    "该市已启动应急响应。|Should",
    "你该走了。|the",
    "该名男子被捕。|name",
    "他刚到北京。|hard",
    // a phrase that opens its clause, follows its verb or holds a relative clause stays put
    "在会议上，他表示反对。|said oppose on",
    "数百人聚集在巴鲁参加节日。|take part in the holiday in",
    "他在北京举行的发布会上表示反对。|held the briefing in Beijing",
    // 首 after a number is a measure word, a song's
    "他唱了三首歌。|first",
    "该市首条地铁线路今天开通。|strip",
    "商场推出家电以旧换新活动。|replace",
    "促销活动带旺了商场人气。|band",
    "新建的科技馆对外开放。|bloom",
  })
  void avoidsWordForWordGlosses(String chinese, String wrong) throws TranslationException {
    assertThat(paragraph(chinese)).doesNotContain(wrong);
  }
}
