package dev.newsbridge.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.common.Term;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cuts HanLP's recogniser makes around Chinese names, written as it gives them (word/tag,
 * as it tagged these sentences; the 并 one is made up), the cuts after repair, and what else the
 * article says where a repair looks there.
 */
class NameCutRepairsTest {
  private static final NameCutRepairs REPAIRS = new NameCutRepairs(NameRomaniser.bundled());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a role word's last character is no surname (快递员高建军), and the given name is not
        // cut short (监测员吴秀兰)
        "快递/v 员高/nr 建军/vi 说/v|快递/v 员/ng 高建军/nr 说/v|",
        "监测/vn 员吴/nr 秀/ag 兰/ng 已经/d|监测/vn 员/ng 吴秀兰/nr 已经/d|",
        // the word before closes on the surname's place (有关 "about"), a function word after
        // opens what follows (并没有 "not at all")
        "有/v 关叶翔/nr 被/pbei|有/v 关/ng 叶翔/nr 被/pbei|",
        "称/v 叶翔并/nr 没有/v|称/v 叶翔/nr 并/d 没有/v|",
        // one given-name character short, even a verb where the name ends
        "诸葛明/nr 辉/ng 说/v|诸葛明辉/nr 说/v|",
        "总裁/nnt 吴小/nr 加/v 也/d|总裁/nnt 吴小加/nr 也/d|",
        "付毅/nr 飞/vi ）/w|付毅飞/nr ）/w|",
        // a verb before its object or 了 is the verb
        "儿子/n 韩聪/nr 丢/v 了/ule|儿子/n 韩聪/nr 丢/v 了/ule|",
        "姚策/nr 诉/vg 被告/n|姚策/nr 诉/vg 被告/n|",
        // and so is an adverb before what it says of the name (刚 "just", 仍 "still"), unless
        // the name clearly ends after it
        "叶庭/nr 刚/d 解封/nz 的/ude1|叶庭/nr 刚/d 解封/nz 的/ude1|",
        "韩翔/nr 仍/d 控股/v 多家/m|韩翔/nr 仍/d 控股/v 多家/m|",
        "吴小/nr 刚/d ，/w|吴小刚/nr ，/w|",
        "韩磊/nr 则/d 认为/v|韩磊/nr 则/d 认为/v|",
        "韩嘉/nr 则/d 在/p 视频/n|韩嘉/nr 则/d 在/p 视频/n|",
        // 于 after an adjective or verb is "at" where the article names the person without it
        // (惊讶于叶庭 "surprised at Ye Ting"); a surname where it does not (支持于文斌) or where
        // a noun stands before it (编剧于文斌)
        "惊讶/a 于叶庭/nr 夫妇/n|惊讶/a 于/p 叶庭/nr 夫妇/n|女星叶庭说。",
        "惊讶/a 于叶庭/nr 夫妇/n|惊讶/a 于叶庭/nr 夫妇/n|",
        "支持/v 于文斌/nr 表示/v|支持/v 于文斌/nr 表示/v|于文斌说。",
        "编剧/nnt 于文斌/nr 说/v|编剧/nnt 于文斌/nr 说/v|文斌说。",
      })
  void cutsNamesWhereTheyStartAndEnd(String hanlp, String repaired, String rest) {
    String article = written(terms(hanlp)).replaceAll("/[a-z]+ ?", "")
        + (rest == null ? "" : rest);
    assertThat(written(REPAIRS.repair(terms(hanlp), article))).isEqualTo(repaired);
  }

  private static List<Term> terms(String written) {
    return Arrays.stream(written.split(" "))
        .map(t -> t.split("/"))
        .map(t -> new Term(t[0], Nature.create(t[1])))
        .toList();
  }

  private static String written(List<Term> terms) {
    return String.join(" ", terms.stream().map(Term::toString).toList());
  }
}
