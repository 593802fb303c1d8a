package io.policylens.analyse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.policylens.analyse.Words.mention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PersonsByTitleTest {

    private final PersonsByTitle persons = new PersonsByTitle();

    @Test
    void aNameAfterATitleIsAPersonOfThreeCharactersWhereTheThirdEndsAWord() {
        String text = "区长陈立新公开表示，将加大投入。";
        var words = Words.of(text, "区长/nnt", "陈/nz", "立/v", "新/a", "公开/ad", "表示/v", "，/w");
        assertThat(persons.apply(text, List.of(), words)).extracting(Mention::surface, Mention::type)
            .containsExactly(tuple("陈立新", EntityType.PER));
    }

    @Test
    void aBodysNameRunOverThePersonAndTheTitleAfterItIsTheBodyAndThePerson() {
        String text = "湘南市人民医院李建国教授团队完成手术，中国工程院院士出席。";
        var words = Words.of(text, "湘南市/ns", "人民医院/nis", "李/nr", "建国/v", "教授/nnt", "团队/n", "完成/v", "手术/n",
            "，/w", "中国/ns", "工程院/nis", "院士/nnt", "出席/v", "。/w");
        List<Mention> found = List.of(mention(text, "湘南市人民医院李建国教授", EntityType.ORG),
            mention(text, "中国工程院院士", EntityType.ORG));
        assertThat(persons.apply(text, found, words)).extracting(Mention::surface, Mention::type)
            .as("中国工程院院士: no body before 程院").containsExactly(tuple("湘南市人民医院", EntityType.ORG),
                tuple("李建国", EntityType.PER), tuple("中国工程院院士", EntityType.ORG));
    }

    @Test
    void theTaggersCutOfTheNameGivesWayToTheWholeName() {
        String text = "客户经理周迎春为此专门上门服务。";
        var words = Words.of(text, "客户/n", "经理/nnt", "周/nz", "迎春/vn", "为此/bl", "专门/d", "上门/v", "服务/vn");
        assertThat(persons.apply(text, List.of(mention(text, "周迎", EntityType.PER)), words))
            .extracting(Mention::surface).containsExactly("周迎春");
    }

    @Test
    void theTaggersNameRunOnIntoAnAdverbAfterItIsCutBack() {
        String text = "该所副所长林晓很清楚其中的难处，所长许平安也是。";
        var words = Words.of(text, "该/r", "所/n", "副所长/nnt", "林晓/nr", "很/d", "清楚/a", "其中/r", "的/u", "难处/n",
            "，/w", "所长/nnt", "许平安/nr", "也/d", "是/v");
        List<Mention> tagged = List.of(mention(text, "林晓很", EntityType.PER), mention(text, "许平安", EntityType.PER));
        assertThat(persons.apply(text, tagged, words)).extracting(Mention::surface).containsExactly("林晓", "许平安");
    }

    @Test
    void aNameWhoseLastCharacterTheSegmenterGluedToTheWordAfterItIsWhole() {
        String text = "研究院院长刘志远在会上介绍进展，处长王建设计了方案。";
        var words = Words.of(text, "研究院/nis", "院长/nnt", "刘/nr", "志/ng", "远在/v", "会上/s", "介绍/v", "进展/vn",
            "，/w", "处长/nnt", "王/nr", "建/v", "设计/v", "了/ule", "方案/n");
        List<Mention> tagged = List.of(mention(text, "刘志", EntityType.PER));
        assertThat(persons.apply(text, tagged, words)).extracting(Mention::surface)
            .as("设计 is a word of its own: 王建 stays two").containsExactly("刘志远", "王建");
    }

    @Test
    void aListOfNamesSharesItsTitleAndAWordAfterTheSecondCharacterEndsAName() {
        String text = "公司董事长钱学明、副总裁王可很早就参与了项目。";
        var words = Words.of(text, "公司/nis", "董事长/nnt", "钱/nz", "学/v", "明/a", "、/w", "副总裁/nnt", "王/nz",
            "可/v", "很/d", "早就/d", "参与/v");
        assertThat(persons.apply(text, List.of(), words)).extracting(Mention::surface)
            .containsExactly("钱学明", "王可");
    }

    @Test
    void aCommonWordOrAFunctionWordAfterATitleIsNoName() {
        String text = "市长高度重视，医生和护士都到了现场。";
        var words = Words.of(text, "市长/nnt", "高度/d", "重视/v", "，/w", "医生/nnt", "和/cc", "护士/nnt", "都/d");
        assertThat(persons.apply(text, List.of(), words)).isEmpty();
    }

    @Test
    void aPlaceOrABodyAfterATitleStays() {
        String text = "局长金华市科技局的同志说。";
        var words = Words.of(text, "局长/nnt", "金/nz", "华/nz", "市/n", "科技局/nis", "的/u");
        List<Mention> found = List.of(mention(text, "金华市科技局", EntityType.ORG));
        assertThat(persons.apply(text, found, words)).containsExactlyElementsOf(found);
    }

    @Test
    void appointmentNoticesNameComrades() {
        String text = "决定任命孙建华同志为市科技局局长，免去钱晓峰同志的局长职务。请各位同志们准时参会。";
        var words = Words.of(text, "决定/v", "任命/v", "孙/n", "建华/nz", "同志/n", "为/p", "市/n", "科技局/nis", "局长/nnt",
            "，/w", "免去/v", "钱/nz", "晓/vg", "峰/ng", "同志/n", "的/u", "局长/nnt", "职务/n", "。/w", "请/v", "各位/r",
            "同志/n", "们/k");
        assertThat(persons.apply(text, List.of(mention(text, "孙建", EntityType.PER)), words))
            .extracting(Mention::surface).containsExactly("孙建华", "钱晓峰");
    }

    @Test
    void aVerbOrAnAdverbAfterATitleIsNoNameAndNeitherIsACommonWordBeforeComrade() {
        String text = "请专家来写，主席时却不在，全党同志和纪委的同志都到了。";
        var words = Words.of(text, "请/v", "专家/nnt", "来/vf", "写/v", "，/w", "主席/nnt", "时/ng", "却/d", "不/d",
            "在/p", "，/w", "全党/n", "同志/n", "和/c", "纪委/nis", "的/u", "同志/n");
        assertThat(persons.apply(text, List.of(), words)).isEmpty();
    }

    @Test
    void whoStandsBetweenATitleAndAPersonIsTheirEmployerNotAPerson() {
        String text = "雷诺首席执行官德梅奥与DeepMind首席执行官哈萨比斯会面，卡尔森董事长表示欢迎。";
        var words = Words.of(text, "雷诺/nrf", "首席/n", "执行官/nnt", "德梅奥/nrf", "与/cc", "DeepMind/nx", "首席/n",
            "执行官/nnt", "哈萨比斯/nrf", "会面/vi", "，/w", "卡尔森/nrf", "董事长/nnt", "表示/v", "欢迎/v", "。/w");
        List<Mention> found = List.of(Words.mention(text, "雷诺", EntityType.PER), Words.mention(text, "德梅奥", EntityType.PER),
            Words.mention(text, "哈萨比斯", EntityType.PER), Words.mention(text, "卡尔森", EntityType.PER));
        assertThat(persons.apply(text, found, words)).extracting(Mention::surface, Mention::type)
            .as("卡尔森 comes before their own title: no person follows it").containsExactly(
                org.assertj.core.groups.Tuple.tuple("雷诺", EntityType.ORG), org.assertj.core.groups.Tuple.tuple("德梅奥", EntityType.PER),
                org.assertj.core.groups.Tuple.tuple("DeepMind", EntityType.ORG), org.assertj.core.groups.Tuple.tuple("哈萨比斯", EntityType.PER),
                org.assertj.core.groups.Tuple.tuple("卡尔森", EntityType.PER));
    }

    @Test
    void aSecondPostAfter兼NamesItsEmployer() {
        String text = "新华集团首席执行官兼星河云计算总裁李明发言，财务总监兼董事会秘书王芳主持。";
        var words = Words.of(text, "新华/nz", "集团/nis", "首席/n", "执行官/nnt", "兼/v", "星河/n", "云/n", "计算/v",
            "总裁/nnt", "李明/nr", "发言/vi", "，/w", "财务/n", "总监/nnt", "兼/v", "董事会/nis", "秘书/nnt", "王芳/nr",
            "主持/v", "。/w");
        List<Mention> found = List.of(Words.mention(text, "新华集团", EntityType.ORG), Words.mention(text, "星河", EntityType.PER),
            Words.mention(text, "李明", EntityType.PER), Words.mention(text, "王芳", EntityType.PER));
        assertThat(persons.apply(text, found, words)).extracting(Mention::surface, Mention::type)
            .as("董事会秘书 is a title, not an employer and a title: the employer is one word at least before a title")
            .containsExactly(org.assertj.core.groups.Tuple.tuple("新华集团", EntityType.ORG),
                org.assertj.core.groups.Tuple.tuple("星河云计算", EntityType.ORG), org.assertj.core.groups.Tuple.tuple("李明", EntityType.PER),
                org.assertj.core.groups.Tuple.tuple("王芳", EntityType.PER));
    }

    @Test
    void aWordOfItsOwnAfterTheNameIsNoGluedLastCharacter() {
        String text = "教授徐明认为可行，主任张明远在会上发言。";
        var words = Words.of(text, "教授/nnt", "徐/ag", "明/ag", "认为/v", "可行/a", "，/w", "主任/nnt", "张/nr", "明/ag", "远在/v",
            "会上/s", "发言/vi", "。/w");
        assertThat(persons.apply(text, List.of(), words)).extracting(Mention::surface).containsExactly("徐明", "张明远");
    }

    @Test
    void aCompoundFamilyNameOpensANameAfterATitleAndIsNoTitleItself() {
        String text = "副秘书长司马南出席，副市长欧阳明高主持，副市长欧阳明主持会议。";
        var words = Words.of(text, "副/b", "秘书长/nnt", "司马/nnt", "南/b", "出席/v", "，/w", "副市长/nnt", "欧阳/nz", "明/ag",
            "高/a", "主持/v", "，/w", "副市长/nnt", "欧阳/nz", "明/ag", "主持/v", "会议/n");
        List<Mention> found = List.of(mention(text, "司马南", EntityType.PER), mention(text, "欧阳明", EntityType.PER));
        assertThat(persons.apply(text, found, words)).extracting(Mention::surface)
            .as("司马/nnt is the segmenter's ancient post").containsExactly("司马南", "欧阳明高", "欧阳明");
    }

    @Test
    void theListsWordBeforeComradeEndsNoName() {
        String text = "出席会议的有王明、张强等同志。";
        var words = Words.of(text, "出席/v", "会议/n", "的/ude1", "有/vyou", "王/n", "明/ag", "、/w", "张/q", "强/a", "等/udeng",
            "同志/n", "。/w");
        assertThat(persons.apply(text, List.of(mention(text, "张强", EntityType.PER)), words)).extracting(Mention::surface)
            .containsExactly("张强");
    }

    @Test
    void aProperNounOfTwoCharactersAfterATitleIsThePersonButNotAPhrase() {
        String text = "作家莫言、余华出席，科学家与工程师相结合的团队。";
        var words = Words.of(text, "作家/nnt", "莫言/nz", "、/w", "余/ng", "华/b", "出席/v", "，/w", "科学家/nnt", "与/cc",
            "工程师/nnt", "相结合/nz", "的/ude1", "团队/n");
        assertThat(persons.apply(text, List.of(mention(text, "余华", EntityType.PER)), words)).extracting(Mention::surface)
            .containsExactly("莫言", "余华");
    }
}
