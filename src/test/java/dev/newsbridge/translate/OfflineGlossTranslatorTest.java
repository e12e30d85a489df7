package dev.newsbridge.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfflineGlossTranslatorTest {
  private static final Translator TRANSLATOR = new OfflineGlossTranslator();

  private static Translation translate(String name) throws TranslationException {
    return TRANSLATOR.translate(Fixtures.request(name));
  }

  private static Translation sentence(String chinese) throws TranslationException {
    return TRANSLATOR.translate(new TranslationRequest("zh", "", List.of(chinese)));
  }

  private static String paragraph(String chinese) throws TranslationException {
    return sentence(chinese).paragraphs().get(0);
  }

  private static String text(Translation t) {
    return t.title() + "\n" + String.join("\n", t.paragraphs());
  }

  /** Outlets in Taiwan and Hong Kong write Traditional characters. */
  @Nested
  class TraditionalCharacters {
    @ParameterizedTest
    @CsvSource({
      "臺灣電動車銷量創新高，業者表示補貼帶動買氣。, 台湾电动车销量创新高，业者表示补贴带动买气。",
      "小米創辦人雷軍宣布，標準版起售價為人民幣21.59萬元。, 小米创办人雷军宣布，标准版起售价为人民币21.59万元。"
    })
    void translateAsTheSameTextInSimplifiedCharacters(String traditional, String simplified)
        throws TranslationException {
      assertThat(paragraph(traditional)).isEqualTo(paragraph(simplified));
    }

    @Test
    void aPersonWrittenInTraditionalCharactersIsNamed() throws TranslationException {
      Translation t =
          TRANSLATOR.translate(new TranslationRequest("zh", "", List.of("小米創辦人雷軍宣布降價。")));

      assertThat(t.paragraphs().get(0)).contains("Lei Jun");
      assertThat(t.entities()).extracting(Entity::english).contains("Lei Jun");
    }

    @Test
    void namesKeepTheCharactersThePagePrints() throws TranslationException {
      Translation t = TRANSLATOR.translate(new TranslationRequest(
          "zh", "", List.of("小米創辦人雷軍宣布降價。"), List.of("陳曉明")));

      assertThat(t.entities()).extracting(Entity::original).contains("雷軍", "陳曉明")
          .doesNotContain("雷军", "陈晓明");
    }
  }

  /**
   * Police, court and Taiwan reports name private people by surname only (王某, 陈某某, 陈姓男子):
   * English reports write "a man surnamed Wang", then "Wang".
   */
  @Nested
  class PeopleNamedBySurnameOnly {
    private Translation article(String language, String... paragraphs)
        throws TranslationException {
      return TRANSLATOR.translate(new TranslationRequest(language, "", List.of(paragraphs)));
    }

    @Test
    void areIntroducedBySurnameAndRoleThenCalledBySurname() throws TranslationException {
      Translation t = article("zh", "男子王某驾车撞人后逃逸。", "王某随后被警方抓获。");

      assertThat(t.paragraphs().get(0)).startsWith("A man surnamed Wang ");
      assertThat(t.paragraphs().get(1)).startsWith("Wang ").doesNotContain("surnamed");
    }

    @Test
    void areNeverEntitiesOrTags() throws TranslationException {
      Translation t = article("zh", "犯罪嫌疑人陈某某已被刑拘，其同伙李某仍在逃。");

      assertThat(t.paragraphs().get(0))
          .contains("suspect surnamed Chen", "surnamed Li").doesNotContain("Moumou");
      assertThat(t.entities()).isEmpty();
    }

    @Test
    void aPersonIntroducedTwiceIsOneMention() throws TranslationException {
      assertThat(article("zh", "一名王姓男子王某被捕。").paragraphs().get(0))
          .containsOnlyOnce("surnamed Wang");
    }

    @Test
    void theLongestRoleBeforeTheNameIsTheirs() throws TranslationException {
      assertThat(article("zh", "留学生金某在泰国遭绑架。").paragraphs().get(0))
          .startsWith("An overseas student surnamed Jin "); // was "leave a student"
    }

    @Test
    void twoWrittenFormsOfOneSurnameAreTwoPeople() throws TranslationException {
      String english = article("zh", "被告人王某与被害人王某某系邻居。").paragraphs().get(0);

      assertThat(english).contains("defendant surnamed Wang", "victim surnamed Wang");
    }

    @Test
    void takeTheArticleTheChineseImplies() throws TranslationException {
      assertThat(article("zh", "该男子王某称自己不知情。").paragraphs().get(0))
          .startsWith("The man surnamed Wang ");
      assertThat(article("zh", "该公司董事长王某表示，业绩将继续增长。").paragraphs().get(0))
          .contains("chairman surnamed Wang").doesNotContain("a chairman");
    }

    @Test
    void taiwansShortReferenceIsTheSamePerson() throws TranslationException {
      String english = article("zh-TW", "一名陳姓男子遭警方逮捕，陳男坦承犯案。").paragraphs().get(0);

      assertThat(english).startsWith("A man surnamed Chen ").containsOnlyOnce("surnamed")
          .contains(", Chen ");
    }

    @ParameterizedTest
    @CsvSource({
      "国王某日召见大臣。", // 某日 "one day" after 国王 "the king"
      "于某日下午，他来到现场。",
      "某些公司某人表示不满。",
      "他在某地工作了三年。"
    })
    void aCertainIsNoPerson(String chinese) throws TranslationException {
      assertThat(paragraph(chinese)).doesNotContain("surnamed");
    }
  }

  /** Taiwan writes its people's names in Wade-Giles (Lai Ching-te), the mainland in Pinyin. */
  @Nested
  class TaiwanSpellings {
    private static final String TAIPEI = "臺北市長陳曉明表示，市府將擴大補助。";
    private static final String MAINLAND = "台北市长陈晓明表示，市府将扩大补助。";

    private Translation translate(String language, String text) throws TranslationException {
      return TRANSLATOR.translate(new TranslationRequest(language, "", List.of(text)));
    }

    @Test
    void aTaiwanPapersPeopleAreSpelledAsTaiwanDoes() throws TranslationException {
      Translation t = translate("zh", TAIPEI);

      assertThat(t.paragraphs().get(0)).contains("Chen Hsiao-ming").doesNotContain("Xiaoming");
      assertThat(t.entities()).extracting(Entity::english).contains("Chen Hsiao-ming");
    }

    @Test
    void theSameNameInSimplifiedCharactersIsPinyin() throws TranslationException {
      assertThat(translate("zh", MAINLAND).paragraphs().get(0)).contains("Chen Xiaoming");
    }

    @Test
    void anOutletsDeclaredRegionDecidesOverTheScript() throws TranslationException {
      assertThat(translate("zh-TW", MAINLAND).paragraphs().get(0)).contains("Chen Hsiao-ming");
      assertThat(translate("zh-CN", TAIPEI).paragraphs().get(0)).contains("Chen Xiaoming");
    }

    @Test
    void peopleTheGlossaryKnowsKeepTheirOwnSpellings() throws TranslationException {
      String english = translate("zh", "柯文哲與黎智英都曾批評此事，小米創辦人雷軍則未回應。")
          .paragraphs().get(0);

      assertThat(english).contains("Ko Wen-je", "Jimmy Lai", "Lei Jun");
    }

    @Test
    void surnamesAloneAreSpelledTheSameWay() throws TranslationException {
      String english = translate("zh", "曾女士對記者表示，臺灣的房價太高了。").paragraphs().get(0);

      assertThat(english).contains("Ms. Tseng");
    }

    @Test
    void andInPinyinASurnameAloneIsReadAsASurname() throws TranslationException {
      assertThat(translate("zh", "曾女士对记者表示，房价太高了。").paragraphs().get(0))
          .contains("Ms. Zeng");
    }
  }

  /** Names HanLP's segmenter reads as words or characters, and words it reads as names. */
  @Nested
  class PeopleBetweenARoleAndWhatTheySay {
    private List<String> people(String language, String text) throws TranslationException {
      return TRANSLATOR.translate(new TranslationRequest(language, "", List.of(text)))
          .entities().stream().filter(e -> e.type() == Entity.Type.PERSON)
          .map(Entity::english).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      // 林冠 is "forest canopy" to the segmenter; 郑宇翔 comes out as three characters
      "总经理林冠宇表示，营收创新高。, Lin Guanyu",
      "记者林冠宇／台北报导, Lin Guanyu",
      "执行长郑宇翔表示，公司今年将扩大投资。, Zheng Yuxiang",
      "執行長鄭宇翔表示，公司今年將擴大投資。, Cheng Yu-hsiang",
      // a space after the role, a colon after the name (was "spread army")
      "该国常驻联合国代表 张军：制裁只是手段。, Zhang Jun",
    })
    void areNamed(String text, String person) throws TranslationException {
      assertThat(people("zh", text)).containsExactly(person);
    }

    @Test
    void aRoleWordAndACueWithoutANameBetweenThemNameNobody() throws TranslationException {
      assertThat(people("zh", "记者今天表示同意。")).isEmpty();
    }

    @Test
    void soIsAThreeCharacterNameThatOpensAClauseAndSpeaks() throws TranslationException {
      assertThat(people("zh", "林冠宇表示同意。")).containsExactly("Lin Guanyu");
      assertThat(people("zh", "对此，林冠宇指出，营收增长。")).containsExactly("Lin Guanyu");
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource({
      // a forestry bureau, a railway station, 但 "but", 曾 "once", 女士 the honorific Ms.
      "林业局表示，将加强巡查。, Lin Yeju", "高铁站表示，列车晚点。, Gao Tiezhan",
      "但专家表示，风险可控。, Dan Zhuanjia", "许敏曾表示，不会放弃。, Xu Minceng",
      "许女士表示，不会放弃。, Xu Nüshi",
    })
    void butNotABodyAPlaceAConjunctionOrAFunctionWord(String text, String wrong)
        throws TranslationException {
      assertThat(people("zh", text)).doesNotContain(wrong, wrong.replace("ü", "yu"));
    }

    @Test
    void aWordOpeningWithAVerbIsNoNameWithoutACue() throws TranslationException {
      // 连署信, a petition letter: 连 is a surname, 连署 "to co-sign"
      assertThat(people("zh", "民众发起连署信，要求市府说明。")).isEmpty();
      assertThat(people("zh", "王国强和李明出席。")).contains("Wang Guoqiang");
    }

    @Test
    void taiwanSpells柏InAGivenNameAsPo() throws TranslationException {
      assertThat(people("zh-TW", "林柏翰表示同意。")).containsExactly("Lin Po-han");
    }
  }

  /**
   * A place the dictionary describes ("Xinzhu or Hsinchu city in northern Taiwan") is named, not
   * described, in the spelling its region uses rather than a pinyin alternative.
   */
  @Nested
  class PlaceNames {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
      "新竹, Hsinchu", "台东, Taitung", "桃园, Taoyuan", "金门, Kinmen", "彰化, Changhua",
      "苗栗, Miaoli", "九龙, Kowloon", "元朗, Yuen Long", "沙田, Sha Tin", "马祖, Matsu",
      "基隆, Keelung", "新北, New Taipei",
      // the dictionary lists these only with their 市 (三亚市)
      "三亚, Sanya", "张家口, Zhangjiakou", "临沂, Linyi", "三门峡, Sanmenxia",
      // a name part the dictionary writes in small letters before an apostrophe or a hyphen
      "沙姆沙伊赫, Sharm el-Sheikh",
      // the name English news uses, not the dictionary's first (Côte d'Ivoire), nor its "Côte"
      "科特迪瓦, Ivory Coast", "象牙海岸, Ivory Coast",
    })
    void areNamedNotDescribed(String place, String english) throws TranslationException {
      Translation t = TRANSLATOR.translate(
          new TranslationRequest("zh", "", List.of("记者今天从" + place + "发回报道。")));

      assertThat(t.paragraphs().get(0)).contains(english)
          .doesNotContain("city", "county", "district", "town", " or ");
    }
  }

  /** Found in a report's headline: every word a name or glossary term, no other Chinese left. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
    "安阳市接到报警。|Anyang received a report.",
    "国民党立法院。|Kuomintang Legislative Yuan.",
  })
  void aSentenceOfNamesAndTermsAloneIsStillWrittenAsASentence(String text, String english)
      throws TranslationException {
    assertThat(paragraph(text)).isEqualTo(english);
  }

  /** Formulae of Chinese news reports, which the dictionary glosses word by word. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    // were "one season", "routine reporter will", "register the investigation", "lively", "sound
    // an alarm", "eradicated", "criminal force the measure", "chauffeur", "exchanged idea"
    "一季度国内生产总值同比增长5.3%。, first quarter",
    "发言人在例行记者会上表示。, regular press conference",
    "证监会对该公司立案调查。, opened an investigation",
    "消防部门接到报警后赶到现场。, received a report",
    "火势于当晚被扑灭。, the fire", "火势于当晚被扑灭。, put out",
    "警方已对涉事司机采取刑事强制措施。, criminal detention measures",
    "警方已对涉事司机采取刑事强制措施。, driver",
    "双方交换了意见。, exchanged views",
    // were "shoot 4 earth targeted missiles", "combine the staff officer headquarters", "dependent"
    "朝鲜发射4枚地对地导弹。, launch 4 surface-to-surface missiles",
    "韩国联合参谋本部表示。, Joint Chiefs of Staff", "遇难者家属要求赔偿。, family",
    // were "China earthquake desk net formally determine", "serious fire", "legal criminal
    // detention", "firefighting save detachment"
    "据中国地震台网正式测定。, China Earthquake Networks Center officially measured",
    "医院发生火灾。, fire", "他已被依法刑事拘留。, in accordance with the law",
    "消防救援支队赶到现场。, fire and rescue detachment",
    // courts (were "quilt differentiate 24 years limited term of imprisonment", "punished")
    "他一审被判24年有期徒刑。, was sentenced to 24 years in prison",
    // were "commit a crime suspect", "was criminal detention"
    "犯罪嫌疑人已被刑拘。, Suspect", "他已被刑事拘留。, was detained",
    "他获刑22年。, was sentenced to 22 years",
    // were "10 points blame oneself", "Shake empress", "issue a document", "beautiful towards China"
    "他十分自责。, very", "震后超过210小时。, after the earthquake", "他发文道歉。, posted",
    "美对华政策会变吗？, US policy toward China",
    // were "especially great", "related coordinator member", "vocalize", "lose contact"
    "特别重大火灾事故。, extremely serious", "查处相关责任人员。, those responsible",
    "主持人为她发声。, spoke up", "19岁女生失联。, went missing", "他被移送监狱。, transferred",
    // names of letters and digits stay whole (were "G 20", "5 G", "COVID- 19")
    "G20峰会在巴厘岛举行。, G20 summit", "5G网络覆盖全市。, 5G network",
    "新冠病毒COVID-19。, COVID-19", "F-16战机起飞。, F-16",
    // were "Hong Kong receive fall", "A thigh", "work party", "scene coach", "a China principle"
    "港股收跌。, Hong Kong stocks closed lower", "A股大涨。, A-shares",
    "劳动党总书记现场指导。, gave on-site guidance", "朝鲜劳动党。, Workers' Party of Korea",
    "坚持一个中国原则。, one-China principle", "据知情人士透露。, people familiar with the matter",
    // were "Ministry of Health long", "emergency supervise narrow", "sound an alarm", "civil
    // police first time show up", "day after day come", "spark car", "a suspect the", "caughted"
    "该国卫生部长昨天表示。, health minister", "他拨打了县应急管理局电话。, emergency management bureau",
    "派出所接报警称有人受伤。, received a report", "民警第一时间到场。, police officers immediately arrived at the scene",
    "连日来，多地降雪。, for days", "火星车完成了移动。, Mars rover", "他涉嫌受贿。, suspected of",
    "嫌犯已经落网。, caught in a net", "本案系一起诈骗案。, this case is",
    // a wire's dateline (was "June 18 lightning")
    "本报北京6月18日电，会议今天召开。, June 18 -- ",
    // were "quilt bind", "Government square", "South Korean-US sun three", "placenta younger
    // sister", "withstanded", "transmited"
    "他的双手被捆绑。, were bound", "朝方表示反对。, The North Korean side",
    "韩美日三国举行演习。, South Korea, the US and Japan", "他的胞妹也出席了。, younger sister",
    "他顶住了压力。, withstood",
    // were "Han Mei", "Han Jun" (a person), "Parliament" for the US Congress, "cook", "solemned
    // investigate", "the earth, narrate"
    "韩媒报道，韩军称朝鲜发射导弹。, South Korean media", "韩军称朝鲜发射导弹。, South Korean military",
    "美国国会通过法案。, Congress", "英国国会通过法案。, parliament", "飞机起火。, caught fire",
    "责任人被严肃查处。, was seriously dealt with", "土叙地震。, Turkey and Syria",
    // were "which who?", "lengthen out to", "not already", "six ocean empty", "pat the nude
    // photograph", "graceless shine", "like month", "born effect", "was bursted out"
    "他到底有哪些怨恨？, which", "他长达半年未露面。, for as long as", "支持者担忧不已。, endlessly",
    "军方进行了陆海空联合演习。, land, sea and air", "他拍裸照。, take", "他拍不雅照。, indecent photos",
    "并于同月21日递交申请。, the same month", "禁令生效当日。, take effect", "他被爆出丑闻。, was burst out",
    // were "pit drill", "Manchuria direction", "Volkswagen approval", "civilian use aviation",
    // "House of Representatives chairman", "continue in office", "was aired derailed", "ring fire
    // track", "reporter will", "autonomous region – a provincial-level administrative division..."
    "朝鲜进行核演习。, nuclear drill", "向东北方向发射导弹。, northeast direction",
    "得到了大众的认可。, the public", "中国民用航空局。, civil aviation", "众议院议长表示。, House Speaker",
    "他将寻求连任。, seek re-election", "女星被曝出轨。, had an affair", "列车出轨。, derailed",
    "探测器进入环火轨道。, Mars orbit", "总统举行记者会。, press conference",
    "新疆维吾尔自治区发布预警。, Xinjiang Uyghur Autonomous Region", "该自治区发布预警。, autonomous region released",
    // were "Beautiful House", "Infaga", "military square", "new sampan", "lightning cost",
    // "dislike lead", "third second"
    "美众议院议长选举在即。, US House of Representatives", "英法加首脑齐声谴责。, Britain, France and Canada",
    "韩军方表示。, South Korean military", "涉事医院系新三板公司。, New Third Board",
    "加价收取电费。, electricity bill", "员工怼领导。, lashed out at leaders", "他今年第三次住院。, third hospitalized",
    // were "only 11", "one hundred twenty many ten thousand first", "millions of first", "$more
    // than 300", "indeedly", "circle three weeks four", "11 hold" (支 taken as a measure word)
    "他是全市唯一一家医院的院长。, only a hospital", "公司损失了一百二十多万元。, more than 1.2 million yuan",
    "骗子骗走了上百万元。, millions of yuan", "他们收到了300多万美元。, more than $3 million",
    "他确实可以参加。, indeed can", "会议定在周三周四举行。, Wednesday Thursday",
    "iPhone 11支持无线充电。, 11 support wireless",
    // were "conduct a teacher", "yield", "government microblogging", "goods function", "own
    // jointly", "more many", "coin", "sound an alarm", "layman", "Former title", "vertical stroke"
    "作为一名教师，他很忙。, As a teacher", "这件事让他很难过。, let", "公司通过官方微博发布声明。, official Weibo",
    "该公司的产品性能稳定。, products performance", "本次活动共有200人参加。, a total of 200 people",
    "我们需要更多的时间。, need more time", "他的钱被偷了。, money was stolen", "店主立即报警。, called the police",
    "很多老外喜欢中国菜。, foreigners", "原标题：天气转冷, Original title", "新闻丨天气转冷。, news | weather",
    // were "domain", "attain", "Final, he", "most sophisticated", "take charge of", "go by an
    // alias", "engineering", "renew", "for the student come said", "make explosive allegations",
    // "criticizes and proposal", "cause"
    "他在人工智能领域工作。, intelligence field", "气温高达40摄氏度。, as much as 40",
    "最终，他选择了放弃。, Finally, he", "最终结果将于明天公布。, Final outcome",
    "该学校使用最先进的设备。, most advanced", "他主持了会议。, host", "小王（化名）今年十岁。, pseudonym",
    "这是一项重大工程。, great project", "软件每月更新一次。, update", "对于学生来说，考试很重要。, For the student,",
    "有网友爆料称他已离职。, revealed", "他接受了大家的批评和建议。, criticism and suggestions",
    "因疫情影响，活动取消。, because of",
    // were "interior person", "one big ascertain", "push high", "defraud people of a certain
    // type", "exceed the wide angle", "light carve", "escaped criminal regulations", "IT of home"
    "据内部人士透露，交易已完成。, insiders", "一大批游客涌入景区。, a large number of",
    "需求推高了油价。, pushed up", "诈骗分子冒充警察。, fraudsters", "新手机配备超广角镜头。, ultra-wide-angle",
    "该公司生产光刻机。, lithography", "香港修订逃犯条例。, Fugitive Offenders Ordinance",
    "IT之家消息，新手机发布。, IT Home news",
    // were "old practice", "part", "this second", "region of China immediately south of the lower
    // Yangtze River", "specific model of a machine", "webcam", "serve center", "subdivide",
    // "adjudicator", "specialty", "be honored with", "second-rate prize", "three await prize",
    // "produce an item", "supervise", "use earth", "Will up", "disseminate flake", "obey
    // luxuriant", "November bottom", "one stop"
    "他讲了一个有趣的故事。, interesting story", "两位部长分别发言。, respectively",
    "这次冷空气影响全国。, This cold air", "冷空气将推进到江南。, Jiangnan", "该品牌推出三款新机型。, new models",
    "手机配备后置摄像头。, camera", "他参观了社区服务中心。, service center", "比赛分为两个阶段。, divided into",
    "评委给出了高分。, Judges", "他是一名专业运动员。, professional athlete", "她荣获二等奖。, won the second prize",
    "他获得三等奖。, third prize", "该片由北京一家公司出品。, produced", "加强监察工作。, supervision",
    "工业用地价格上涨。, land price", "会上，他发表讲话。, At the meeting", "他观看了宣传片。, promotional video",
    "顺丰推出新服务。, SF Express", "工程预计11月底完工。, the end of November",
    "2021年3月初开始施工。, Early March 2021", "他吃了一顿饭。, ate a meal",
    // were "was dismissaled", "big exchange blood", "jointly letters", "restored to official post"
    "周明轩被董事会解职。, was dismissed by", "董事会大换血。, shake-up",
    "员工发出联名信。, joint letter", "周明轩官复原职。, reinstated",
  })
  void newsFormulaeAreTranslated(String text, String english) throws TranslationException {
    assertThat(paragraph(text)).containsIgnoringCase(english);
  }

  /** Meteor showers have English names of their own, not their constellations'. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    // were "Gemini meteor shower", "Perseus meteor shower", "Quadrant instrument seat meteor shower"
    "双子座流星雨将迎来极大。, Geminid meteor shower", "英仙座流星雨今晚登场。, Perseid meteor shower",
    "象限仪座流星雨是新年第一场流星雨。, Quadrantid meteor shower",
  })
  void meteorShowersAreNamedAsAstronomersNameThem(String text, String english)
      throws TranslationException {
    assertThat(paragraph(text)).contains(english);
  }

  /** Words Chinese headlines use most, which the dictionary's first sense reads wrongly. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    // were "experts response", "police response the", "meet by chance refuse", "meet by chance
    // the traffic accident", "was turned", "reap the netizen admire", "quilt do harm to",
    // "casualty", "was aired", "net air", "was doubted", "green medium", "quilt punish"
    "专家回应。, experts responded", "警方回应网传消息。, police responded to",
    "他遭拒绝。, was refused", "赞助商遭抵制。, was boycotted", "他遭车祸。, suffered",
    "被拐儿童已回家。, was abducted", "他获网友点赞。, received", "女子被害。, killed",
    "受害者家属发声。, victim", "女星被曝离婚。, was revealed", "网曝他已离职。, revealed",
    "她被疑造假。, was suspected", "绿媒欢呼。, media", "公司被罚23万元。, was fined",
    // were "Occur suddenly!", "matter show place", "ovulate", "appreciate", "stop bo", "put
    // about", "convey a strong message", "run", "temporary replace", "call a time-out",
    // "Courtyard long"
    "突发！工厂起火。, Breaking!", "事发地在郊区。, incident", "工厂排放污水。, discharge",
    "药品涨价。, rise in prices", "节目停播。, off air", "他扬言起诉。, declared",
    "他喊话前妻。, called out to", "老板卷钱跑路。, fled", "他暂代主席一职。, temporarily act as",
    "监管部门叫停该项目。, halted", "医院院长被刑拘。, head",
    // were "ding dong main hall", "differentiate", "emulate", "excuse go", "receive rule",
    // "join", "bloom", "give orders", "poke", "have an affair", "unexpectedly", "difficult
    // seek", "infuse", "self air", "expose"
    "法院当庭宣判。, in court", "法院判他三年。, sentenced", "公司拟收购对手。, plans to",
    "免去其职务。, removed from", "医院收治伤员。, admitted", "双方保持沟通。, communicate",
    "投票站开放。, open up", "他放话要起诉。, declared", "男子持刀捅人。, stab",
    "两人公开恋爱。, in a relationship", "我不想去。, do not want to", "一票难求。, hard to get",
    "话题冲上热搜。, rush", "女星自曝离婚。, revealed", "细节曝光。, exposed",
    // were "disturbance curtain drops", "replace the head coach", "add oath", "penalty kick
    // war", "temporary say the phase", "adolescent soccer"
    "风波落幕。, turmoil end", "OpenAI换帅风波。, leadership change", "他宣布加盟球队。, join",
    "点球大战定胜负。, penalty shootout", "五天风波暂告段落。, temporary end",
    "青少年足球联赛开幕。, youth",
    // were "Spring Festival around", "at the 14th around"
    "春节前后客流增加。, around Spring Festival", "流星雨将于14日前后达到高峰。, around the 14th",
    // were "10 days empress head", "three days retreat", "number day", "in response responded",
    // "was control", "was police control", "was strict control", "Law media", "Net revealed",
    // "official announcement marry", "was abducted the child"
    "他离婚10天后头七出现。, 10 days later", "三天后退回资金。, three days later",
    "数天后，他回国了。, after a few days", "他10天后回国。, 10 days later return",
    "对此回应称，消息不实。, responded to this", "他被控制了。, was controlled",
    "嫌疑人已被警方控制。, was controlled by the police", "他被严格控制。, was strictly controlled",
    "嫌疑人被警方调查。, was investigated by", "法媒称，总统将访华。, French media said",
    "网曝他已离职。, revealed online", "两人官宣结婚。, officially announced",
    "日媒称，美媒报道，外媒关注。, Japanese media said", "警方找回被拐儿童。, was abducted child",
    // were "heavy palm of the hand", "turn throw the opponent", "hard just the boss"
    "他重掌公司。, regain control of the company", "球员转投对手球队。, switch to the opponent",
    "他硬刚老板。, stand up to the boss",
    // was "this circle": HanLP cuts 本周 into 本 and 周, CC-CEDICT's "circle"
    "夜市本周迎来客流高峰。, this week",
  })
  void headlineWordsAreTranslated(String text, String english) throws TranslationException {
    assertThat(paragraph(text)).containsIgnoringCase(english);
  }

  /** A headline word's reading only where it is that word, in that use. */
  @ParameterizedTest(name = "{0} → {1}, not {2}")
  @CsvSource({
    "警方最新回应。, latest response, responded", "公司作出回应。, response, responded",
    "回应来了！, Response came, responded", "前方路口向左拐。, turn left, abduct",
    "他突发心脏病。, heart, Breaking", "他遭遇车祸。, encounter, suffered",
    "事件前后经过。, incident, around incident",
    "视频曝光。, exposed, revealed", "设立缓冲区。, buffer, rush", "他判断失误。, judge, sentenced",
    // were "in response responded", "Net revealed", "Law media"
    "公司对此回应。, responded to this, in response", "网曝他已离职。, revealed online, net",
    "法媒报道。, French media, law", "警官宣布结果。, announced, officially",
    "法官宣判。, judge, officially", "他被控制了。, controlled, was control.",
    "他说三年后再来。, three years later, empress", "天后歌手开唱。, singer, later",
    "他被判处死刑。, sentenced the death penalty, sentenced death",
    "从官宣结婚开始，两人很低调。, the official announcement, officially announced",
    "他的态度很硬刚才又软了。, just now, stand up to", "他转投资到股市。, invest, switch to",
  })
  void headlineWordsKeepTheirOtherSenses(String text, String english, String wrong)
      throws TranslationException {
    assertThat(paragraph(text)).containsIgnoringCase(english).doesNotContainIgnoringCase(wrong);
  }

  /**
   * Ordinary words CC-CEDICT knows only by a name (a brand, a foreign place, a legend's people, a
   * solar term) read as the words Chinese news means by them; the name stays where it is the name.
   */
  @ParameterizedTest(name = "{0} → {1}, not {2}")
  @CsvSource({
    // were "watch star Hershey's machine", "Lao Cai lane neighbor", "Yellow Sea bank"
    "今晚是观星好时机。, good opportunity, Hershey", "我们住在老街坊隔壁。, neighbor, Lao Cai",
    "他们沿着西海岸行驶。, west coast, Yellow Sea",
    // were "Lao Cai night market", "Dongshan Da Qiao", "Great Snow"
    "游客涌入老街夜市。, old street, Lao Cai", "东山大桥附近发现一辆车。, bridge, Qiao",
    "连日大雪，道路封闭。, heavy snow, Great Snow",
    "好时巧克力涨价。, Hershey's, good",
  })
  void ordinaryWordsAreNotReadAsNames(String text, String english, String wrong)
      throws TranslationException {
    assertThat(paragraph(text)).contains(english).doesNotContain(wrong);
  }

  /**
   * News formulas and terms the segmenter or the dictionary reads piece by piece, read whole; and
   * the words they are made of, read as before where they are no such term.
   */
  @ParameterizedTest(name = "{0} → {1}, not {2}")
  @CsvSource({
    // the dateline formula "this paper's report": English news names its own reporting nowhere
    // in the text (were "This newspaper ask")
    "本报讯 今晚月色很美。, Tonight, newspaper", "本报讯（记者李华）展会今天开幕。, reporter, ask",
    // were "wrong heredity bear the people", "not leave behind project", "more winter migratory
    // bird"
    "国家级非遗传承人在现场表演剪纸。, intangible cultural heritage inheritor, heredity",
    "这项非遗项目已有百年历史。, intangible cultural heritage project, leave behind",
    "非遗传性疾病也需重视。, genetic disorder, intangible",
    "越冬候鸟陆续抵达湖区。, wintering migratory birds, more winter",
    "候鸟在此越冬。, overwinter, wintering",
    // a meteor shower's 极大 is its peak (were "welcome maximum", "maximum period"); 迎来 in news
    // is "see", not the welcome of a guest
    "流星雨将迎来极大。, see peak, maximum", "极大期在14日夜间。, peak period, maximum",
    "双子座流星雨将于本周迎来极大。, see peak, enormous", "城市迎来新一轮降温。, see, welcome",
    "公司迎来极大的挑战。, enormous, peak",
    "这项工作难度极大。, enormous, peak", "这给我们带来极大期待。, enormous, peak",
  })
  void newsFormulasAndTermsAreReadWhole(String text, String english, String wrong)
      throws TranslationException {
    assertThat(paragraph(text)).containsIgnoringCase(english).doesNotContainIgnoringCase(wrong);
  }

  /** Taiwan's and Hong Kong's political words, which the dictionary glosses piece by piece. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "立院三讀通過修法。, Legislative Yuan", "立院三讀通過修法。, third reading",
    "共機持續在台海周邊活動。, Chinese military aircraft", "國軍嚴密監控。, armed forces",
    "綠營批評此案。, pan-green camp",
    // were "Executive Yuan long", "Legislative Yuan long", "all levels of society agreement",
    // "Democratic Progressive Party round general summon"
    "行政院長今天表示。, premier", "立法院長今天表示。, legislative speaker",
    "將召開朝野協商。, cross-party negotiations", "民進黨團總召表示。, DPP caucus convener",
    "總統府發言人表示。, Presidential Office", "監察院將調查。, Control Yuan",
    // Hong Kong's offices: were "Magistrate", "public finance manage bureau chief", "fall or drop
    // the case sue an area lawmakers"
    "行政長官今日表示。, chief executive", "財政司司長公布預算案。, financial secretary",
    "廉政公署落案起訴一名區議員。, charged a district councillor",
  })
  void taiwansPoliticalWordsAreTranslated(String text, String english)
      throws TranslationException {
    assertThat(paragraph(text)).containsIgnoringCase(english);
  }

  /** Taiwan's and Hong Kong's outlets, parties and companies, as English coverage names them. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "自由時報, Liberty Times", "中國時報, China Times", "南華早報, South China Morning Post",
    "民進黨, Democratic Progressive Party", "國民黨, Kuomintang", "民眾黨, Taiwan People's Party",
    "國台辦, Taiwan Affairs Office", "鴻海, Foxconn", "聯發科, MediaTek", "華航, China Airlines",
  })
  void taiwanAndHongKongInstitutionsAreNamed(String name, String english)
      throws TranslationException {
    Translation t =
        TRANSLATOR.translate(new TranslationRequest("zh", "", List.of(name + "昨天發表聲明。")));

    assertThat(t.entities()).extracting(Entity::english).contains(english);
  }

  @Nested
  class OpenAiBoardStory {
    @Test
    void namesEveryPersonAndCompanyTheWayEnglishNewsDoes() throws TranslationException {
      String english = text(translate("openai-board-ousts-altman.txt"));

      assertThat(english).contains("Altman", "Brockman", "Sutskever", "Murati", "Musk",
          "Microsoft", "OpenAI", "The Paper", "Hu Hanyan");
    }

    @Test
    void neverCallsAltmanUltraman() throws TranslationException {
      String english = text(translate("openai-board-ousts-altman.txt"));

      assertThat(english).doesNotContain("Ultraman", "Saskville", "Mulati");
    }

    @Test
    void usesTheFullNameOnceInTheBodyAndTheSurnameAfterwards() throws TranslationException {
      Translation t = translate("openai-board-ousts-altman.txt");
      String body = String.join("\n", t.paragraphs());

      assertThat(count(body, "Sam Altman")).isEqualTo(1);
      assertThat(count(body, "Altman")).isGreaterThan(1);
      assertThat(body.indexOf("Sam Altman")).isLessThan(body.indexOf("Altman", body.indexOf(
          "Sam Altman") + "Sam Altman".length()));
    }

    @Test
    void listsEachEntityOnceWithItsCanonicalName() throws TranslationException {
      Translation t = translate("openai-board-ousts-altman.txt");

      assertThat(t.entities()).extracting(Entity::english)
          .contains("Sam Altman", "Greg Brockman", "Ilya Sutskever", "Mira Murati", "Elon Musk",
              "Microsoft", "OpenAI", "Hu Hanyan")
          .doesNotHaveDuplicates();
      assertThat(t.entities()).filteredOn(e -> e.original().equals("奥特曼"))
          .extracting(Entity::type).containsExactly(Entity.Type.PERSON);
    }

    @Test
    void spellsEachPersonOneWayInTheWholeArticle() throws TranslationException {
      Translation t = translate("openai-board-ousts-altman.txt");
      String english = text(t);

      for (Entity e : t.entities()) {
        String surname = e.english().substring(e.english().lastIndexOf(' ') + 1);
        Matcher m = Pattern.compile("\\b\\p{Lu}\\p{L}+ " + Pattern.quote(surname) + "\\b")
            .matcher(english);
        while (m.find()) {
          assertThat(m.group()).as("full-name form of %s", e).isIn(e.english(), "The " + surname);
        }
      }
    }
  }

  @Nested
  class AmbiguousNames {
    @Test
    void readsAotemanAsUltramanInATokusatsuStory() throws TranslationException {
      Translation t = translate("ultraman-film-festival.txt");

      assertThat(text(t)).contains("Ultraman").doesNotContain("Altman");
    }

    @Test
    void readsPingguoAsTheFruitInAnOrchardStory() throws TranslationException {
      Translation t = translate("apple-harvest-county.txt");

      assertThat(text(t)).containsIgnoringCase("apple").doesNotContain("Apple Inc");
      assertThat(t.entities()).extracting(Entity::english).doesNotContain("Apple");
    }

    @Test
    void readsPingguoAsTheCompanyNextToTheIphone() throws TranslationException {
      Translation t = TRANSLATOR.translate(new TranslationRequest("zh", "",
          List.of("苹果公司首席执行官库克发布了新款iPhone，苹果股价上涨。")));

      assertThat(t.entities()).extracting(Entity::english).contains("Apple", "Tim Cook");
    }
  }

  @Nested
  class UnknownNames {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      "记者胡含嫣报道。, Hu Hanyan",
      "欧阳娜娜出席了活动。, Ouyang Nana",
      "马修·阿尔宾塞表示反对。, Matthew",
    })
    void areRomanisedSurnameFirstWithoutTones(String chinese, String name)
        throws TranslationException {
      assertThat(paragraph(chinese)).contains(name);
    }

    @Test
    void keepsOneSpellingWhenADottedNameIsLaterShortened() throws TranslationException {
      Translation t = TRANSLATOR.translate(new TranslationRequest("zh", "",
          List.of("马修·阿尔宾塞周二发表讲话。", "阿尔宾塞说，他不会辞职。")));

      String second = t.paragraphs().get(1);
      String surname = t.entities().get(0).english().replaceAll(".* ", "");
      assertThat(second).contains(surname);
      assertThat(t.entities()).hasSize(1);
    }

    @Test
    void aPlaceAtAPersonIsThePersonAndThePlace() throws TranslationException {
      Translation t = sentence("澎湃新闻从律师胡磊处获悉。"); // was a person "Hu Leichu"

      assertThat(t.entities()).extracting(Entity::english).contains("Hu Lei")
          .doesNotContain("Hu Leichu");
    }

    @Test
    void aCaseNamedAfterAPersonIsThatPersonsCase() throws TranslationException {
      Translation t = sentence("他得知“刘明案”有了新进展。");

      assertThat(t.paragraphs().get(0)).contains("Liu Ming case"); // was a person "Liu Ming'an"
      assertThat(t.entities()).extracting(Entity::english).containsExactly("Liu Ming");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
      // were "long highest level hospital", "Forever splendor supermarket", "cloud the grain school"
      "北京长峰医院发生火灾。, Changfeng Hospital", "他在永辉超市买菜。, Yonghui Supermarket",
      "马云现身杭州云谷学校。, Yungu School",
    })
    void anInstitutionsTwoCharacterNameIsRomanisedBeforeItsKind(String text, String english)
        throws TranslationException {
      Translation t = sentence(text);

      assertThat(t.paragraphs().get(0)).contains(english);
      assertThat(t.entities()).extracting(Entity::english).contains(english);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
      // were "Cloud the sail science and technology", "Clear watch the intelligent", "Ocean
      // bright media", "Brilliant star culture"
      "云帆科技宣布裁员。, Yunfan Technology", "澄观智能发布新模型。, Chengguan Intelligent",
      "洋朗传媒发布年报。, Yanglang Media", "灿星文化起诉华纳音乐。, Canxing Culture",
    })
    void aCompanysTwoCharacterNameIsRomanisedBeforeWhatItDoes(String text, String english)
        throws TranslationException {
      Translation t = sentence(text);

      assertThat(t.paragraphs().get(0)).contains(english);
      assertThat(t.entities()).extracting(Entity::english).contains(english);
    }

    @Test
    void aCompanyNamedInFullIsLaterCalledByItsNameAlone() throws TranslationException {
      Translation t = sentence("华腾集团宣布聘请周明轩。谈判破裂后，周明轩转投华腾。");

      // was "turn throw magnificent gallop": the bare name glossed character by character
      assertThat(t.paragraphs().get(0)).contains("Huateng Group").contains("Huateng.")
          .doesNotContain("magnificent");
      assertThat(t.entities()).extracting(Entity::english).containsOnlyOnce("Huateng Group");
    }

    @ParameterizedTest
    @CsvSource({"他要去医院看病。", "该医院负责人表示。", "一家新医院开业。", "精诚矿业发生事故。",
        "伤者被送往北京丰台右安门医院。", "南京脑科医院的医生表示。", "多位银行人士表示。",
        "人工智能发展迅速。", "金融科技公司增多。", "这是一项前沿科技。", "新能源汽车销量上涨。",
        "电动汽车降价。", "他在网络传媒行业工作。", "传统文化受到重视。", "该科技公司上市。",
        "港务集团发布公告。"})
    void wordsBeforeAnInstitutionAreNoName(String text) throws TranslationException {
      Translation t = sentence(text);

      assertThat(t.entities()).noneMatch(e -> e.type() == Entity.Type.ORGANIZATION);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
      // were "China China Securities Regulatory Commission", "Hong Kong unite deliver"
      "他向中国证监会申报上市。, China Securities Regulatory Commission",
      "他向香港联交所递交上市申请。, Hong Kong Stock Exchange",
      "中国国家航天局发布图像。, China National Space Administration",
    })
    void aPlaceTheBodysNameHoldsIsNotSaidTwice(String text, String english)
        throws TranslationException {
      Translation t = sentence(text);

      assertThat(t.paragraphs().get(0)).contains(english).doesNotContain("China China")
          .doesNotContain("Hong Kong Hong Kong");
      assertThat(t.entities()).extracting(Entity::english).containsExactly(english);
    }
  }

  @Nested
  class NumbersDatesAndMoney {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
      "股价收于369.84美元。|$369.84",
      "2023年11月20日，会议开幕。|November 20, 2023",
      "营收增长百分之五。|5%",
      "营收增长5%。|5%",
      "营收增长2.05%。|2.05%",
      "市值达到2.75万亿美元。|$2.75 trillion",
      "公司融资3亿元。|300 million yuan",
      "人口达到13亿人。|1.3 billion people",
      "工厂雇用了1.2万名工人。|12,000 workers",
      "他们讨论了三个问题。|three issues",
      "他在5月3日抵达。|May 3",
      "项目持续了十年。|10 years",
      "失业率上升0.3个百分点。|0.3 percentage points",
      "这是第三次会议。|third",
      "在90年代，经济快速增长。|the 1990s",
      "6月18日电视台播出了节目。|June 18 television",
      "他于2000 年 12 月 25 日出生。|December 25, 2000",
      "会议于 3 月 8 日召开。|March 8",
      "信息于2023年2月25日19时8分22秒产出。|19:08:22",
      "朝鲜当天中午12:03分左右发射导弹。|around 12:03",
      "根据《监察法》第四十条的规定。|Article 40",
      "他违反了刑法第234条。|Article 234",
      "这是第三条新闻。|third",
      "他每周锻炼一到两次。|one to two times",
      "每年3至5次。|3 to 5 times",
      "晚上七点，夜市开张。|7 pm",
      "会议于上午10点半开始。|10:30 am",
      "比赛三点钟开始。|3 o'clock",
      "销量增长近四成。|40%",
      "全县建成充电桩600多个。|more than 600",
      "他在这里工作了十余年。|more than 10 years",
      // a day without its month, as every dateline-less report writes it (was "25 sun")
      "国防部25日向记者证实。|the 25th",
      "当地时间1日上午举行发布会。|the 1st",
      "他22日表示。|the 22nd",
      // the 24-hour clock of police and court reports (was "21 when 25 points allow")
      "记者于21时25分许赶到现场。|around 21:25",
      "比赛于19时30分开始。|19:30",
      "案发时间为凌晨3时许。|around 03:00",
      "价格为100日元。|100 yen",
      // an incident named by its date (was "11 21"), a price with a point is still a price
      "安阳“11·21”火灾事故。|November 21",
      "股价为3.15元。|3.15 yuan",
      // an earthquake's magnitude (was "7.8 level earthquake"), an hour alone (was "9")
      "土耳其发生7.8级地震。|magnitude 7.8 earthquake",
      "截至19日9时，事故已造成29人死亡。|As of the 19th 09:00",
    })
    void areWrittenExactlyAndIdiomatically(String chinese, String english)
        throws TranslationException {
      assertThat(paragraph(chinese)).contains(english);
    }

    @Test
    void readsTenAndTenThousandBefore分AsAdverbsNotScores() throws TranslationException {
      assertThat(paragraph("这十分重要，万分感谢。")).doesNotContain("points", "10");
    }

    @Test
    void readsADeadlineInDaysAsNoDate() throws TranslationException {
      assertThat(paragraph("请于15日内提交材料。")).doesNotContain("15th");
    }

    @Test
    void leavesWordsThatMerelyContainNumeralsAlone() throws TranslationException {
      assertThat(paragraph("万一发生问题，我们一起解决。")).doesNotContainPattern("\\d");
    }

    @Test
    void leavesALittleAndAnUnchangingIdiomAlone() throws TranslationException {
      assertThat(paragraph("他有一点担心，但计划一成不变。")).doesNotContainPattern("\\d");
    }
  }

  @Nested
  class Punctuation {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
      "他说：“我们不会放弃。”|\"",
      "微软、谷歌和苹果。|,",
      "这是真的吗？|?",
      "会议结束了。。|.",
    })
    void isMappedToEnglishMarks(String chinese, String mark) throws TranslationException {
      String english = paragraph(chinese);

      assertThat(english).contains(mark).doesNotContainPattern("[，。：“”、？]");
    }

    @Test
    void neverLeavesStrayFullStopsOrSpacesBeforePunctuation() throws TranslationException {
      String english = paragraph("会议结束了。。他说：“好。”。然后大家离开了，。");

      assertThat(english).doesNotContain(". .", "..", " ,", " .", ",.");
    }

    @Test
    void startsEverySentenceWithACapital() throws TranslationException {
      String english = paragraph("会议结束了。他们离开了。记者问了问题！");

      for (String sentence : english.split("(?<=[.!?])\\s+")) {
        assertThat(Character.isUpperCase(sentence.charAt(0))).as(sentence).isTrue();
      }
    }
  }

  @Test
  void givesTheSameResultFromManyThreadsAtOnce() throws Exception {
    TranslationRequest request = Fixtures.request("openai-board-ousts-altman.txt");
    Translation expected = TRANSLATOR.translate(request);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Translation>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> TRANSLATOR.translate(request)));
      }
      for (Future<Translation> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static int count(String text, String word) {
    return text.split(Pattern.quote(word), -1).length - 1;
  }
}
