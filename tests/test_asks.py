"""asks.py: what a question's wording asks for, and whether a sentence gives it."""

from __future__ import annotations

import pytest

from exorag.asks import (
    expected_kind,
    is_kind,
    is_record_line,
    record_parts_asked,
    set_aside,
    states_the_reverse,
)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("When was the bone metastasis review published?", "date"),
        ("And when was it accepted?", "acceptance date"),
        ("when lung cancer gets in the bones what problems does it cause?", ""),
        ("When did the Frontiers review come out?", "date"),
        ("现在standard治疗还是化疗吗？用啥药", ""),
        ("我爸该用什么药？", "advice"),
        ("How can I contact the corresponding author?", "correspondence"),
        ("What are exosomes?", "definition"),
        ("What is bone metastasis, according to the Chinese review?", "definition"),
        ("外泌体是什么？", "definition"),
        ("什么是骨转移？", "definition"),
        ("What is the diameter of exosomes?", ""),
        ("What are the mechanisms of TKI resistance?", ""),
        ("ICI耐药的机制是什么？", ""),
        ("Who is the lead contact of the NSCLC review?", "correspondence"),
        ("通讯作者的联系方式是什么？", "correspondence"),
        ("外泌体直径有几纳米？", "size"),
        ("Which grant supported the Frontiers review?", "funding"),
        ("Did the review appear in Frontiers in Oncology?", "journal"),
        ("Where was the bone metastasis paper published?", "journal"),
        ("May I reproduce the figures of the review?", "licence"),
        ("Do you know the day the manuscript was received?", "submission date"),
        ("Tell me when the Frontiers paper was published.", "date"),
        ("外泌体的直径是多少？", "number"),
        ("What is the DOI of the review?", "doi"),
        ("What is the full title of the Frontiers review?", "title"),
        ("What is the bone metastasis paper called?", "title"),
        ("这篇综述的标题是什么？", "title"),
        ("Do the views in the paper represent the journal?", "disclaimer"),
        ("Which controlled-vocabulary code is attached to bone pain?", "identifier"),
        ("What is the median overall survival in months?", "figure"),
        ("What is the survival at 5 years for stage IV?", "figure"),
        ("5-yr OS % for stage IV NSCLC on IO?", "figure"),
        # A number quoted, not an illustration; a summary the question leans on, not asks for.
        ("Does it give a size range for exosomes? What figure does it quote?", "size"),
        ("根据综述的总结，platinum resistance 主要与哪几方面的机制有关？", ""),
        ("corr. author + affil, Front Oncol exo drug-res paper", "correspondence"),
        ("kw list for fonc.2025.1539047", "keywords"),
        ("who hat die review zu den mecanisme der exosoma wrote?", "authors"),
        ("who hebben het review over exosomen bij botmetastasen written?", "authors"),
        ("by whom is het review over exosoma en skeletuitzaaiingen written?", "authors"),
        ("who have dat review written over die vesicles en why medicines stop?", "authors"),
        ("who are as people what wrote o article de review sobre the exosoma?", "authors"),
        # The journal's standing, though a year of publication is named.
        (
            "What was the impact factor of Frontiers in Oncology the year the review came out?",
            "impact factor",
        ),
        ("讲肺癌骨转移和外泌体的那篇综述是哪几个人写的？", "authors"),
        ("what is the proportion de patients com cancer de pulmao?", "percentage"),
        ("外泌体的平均直径？", "figure"),
        ("By how many fold did exosomal miRNA levels rise?", "fold change"),
        ("外泌体浓度比健康人高多少倍？", "fold change"),
        ("On what date was the review first submitted?", "submission date"),
        ("What is the PMID of the review?", "pmid"),
        ("需要抽多少毫升血？", "volume"),
        ("How much blood is drawn for the test?", "volume"),
        ("how big a hurdle is resistance for cancer drugs", ""),
        ("roughly how small are these exosome things?", "size"),
        ("How large are the vesicles, in nanometres?", "size"),
        ("How many patients were enrolled?", "figure"),
        ("Who are its authors?", "authors"),
        ("How does the Frontiers review describe what exosomes are?", "definition"),
        ("The article about drugs stopping working — how does it describe exosomes?", "definition"),
        ("How does the review describe the mechanisms of TKI resistance?", ""),
        ("How do doctors measure them in a blood test?", "method"),
        ("Which drug should my mom try next after platinum chemo fails?", "advice"),
        ("What would you advise her to do, continue or take a break?", "advice"),
        ("Should he ask the oncologist for an exosome analysis?", "advice"),
        ("要不要去做个外泌体检测？", "advice"),
        ("Should I stop the chemo or continue?", "advice"),
        ("Did they name particular exosomal miRNAs that carry cisplatin resistance?", "member"),
        ("So do scientists know exactly how that works yet?", "open question"),
        ("Do we know exactly what exosomes carry?", ""),
        ("What compound is typically used in experiments to block exosome release?", "member"),
        ("What compounds are in exosomes?", ""),
        ("When were exosomes first discovered?", "discovery"),
        ("外泌体最早是哪一年被发现的，是谁发现的？", "discovery"),
        ("为什么很多人肺癌被发现的时候已经是晚期？", ""),
        ("Is the Frontiers article free to share?", "licence"),
        # 前几天 is "the other day": it counts nothing.
        ("前几天腿骨就断了，医生说是病理性骨折。这和骨转移有关系吗？", ""),
        ("几天能出结果？", "figure"),
        ("What is the postal code in that address?", "postal code"),
        ("通讯地址的邮编是多少？", "postal code"),
        ("Have scientists fully worked out how exosomes pass resistance on?", "open question"),
        ("Is the playbook of how exosomes spread resistance already cracked?", "open question"),
        ("Or is there still work to do?", "open question"),
        ("what other papers has the corresponding author published?", "publication list"),
        ("Who is the corresponding author?", "correspondence"),
        ("Is the way vesicles hand resistance on settled, or still open?", "open question"),
        ("外泌体传递耐药的机制已经完全清楚了吗？", "open question"),
        ("其传递耐药的具体分子机制在该综述中是否已经阐明？", "open question"),
        ("Do scientists understand exactly how that happens yet?", "open question"),
        ("Which bones does it reach most often: the spine, ribs or pelvis?", "bone site"),
        ("Which English term does the review pair with 病理性骨折?", "english wording"),
        ("Am I allowed to copy it and share it with the rest of the family?", "licence"),
        ("外泌体传耐药具体是咋传的现在研究清楚了没", "open question"),
        ("How does the review express 转移前微环境 in its English summary?", "english wording"),
        ("What is the Chinese term for bone metastasis?", "chinese wording"),
        ("Is the abstract in English, Chinese, or both?", ""),
        ("肺癌骨转移最常累及脊柱还是骨盆？", "bone site"),
        ("骨转移会引起哪些骨相关事件？", ""),
        ("Which bone cells do exosomes talk to?", ""),
        ("His cancer is in his spine now. What problems can that cause?", ""),
        ("And who are the writers behind it?", "authors"),
        ("Is lung cancer the number one killer among cancers?", "rank"),
        ("Is lung cancer the champion among cancers in how many people get it?", "rank"),
        ("Is it one of the worst cancers in terms of how many people get it?", "rank"),
        (
            "Is lung cancer the heavyweight among cancers when it comes to how many people get it?",
            "rank",
        ),
        ("这篇文章被归在Frontiers in Oncology的哪个专栏？", "journal"),
        ("How many people get lung cancer each year?", "figure"),
        ("On top of the pain, what else can bone spread cause?", ""),
        ("Is the Frontiers review the final version or still provisional?", "publication status"),
        ("骨转移已经明确了吗？", ""),
        ("whats the 5yr survival for stage 4 nsclc", "figure"),
        # French word order read in English ("survie globale à 5 ans … quel chiffre ?").
        ("survival global at 5 years of stage IV NSCLC, what number?", "figure"),
        ("What number of patients develop bone metastases?", "number"),
        ("What objective response rate do PD-1 inhibitors achieve?", "figure"),
        ("晚期肺癌五年生存率是多少？", "figure"),
        ("In one line, how does the review define exosomes?", "definition"),
        ("Give me the one-line gist of the bone review.", "summary"),
        ("What are the DOIs of the two reviews?", "doi"),
        ("Where can I read the full text online?", "link"),
        ("Under which licence is the article distributed?", "licence"),
        ("Who owns the rights to the review?", "licence"),
        ("What are the keywords of the review?", "keywords"),
        ("Where do the first two authors work?", "affiliation"),
        ("这篇综述的通讯作者是谁？", "correspondence"),
        ("Who wrote the paper on exosomes?", "authors"),
        ("In which periodical did the review appear?", "journal"),
        ("How many references does the review cite?", "references"),
        ("Give me the one-line gist of the paper.", "summary"),
        ("Who funded the bone metastasis review?", "funding"),
        ("Who are the two authors of the article?", "authors"),
        ("In a sentence, what is the bone metastasis review about?", "summary"),
        ("What is the email address of the corresponding author?", "email"),
        ("What email or address reaches the corresponding author?", "correspondence"),
        ("What percentage of patients develop bone metastases?", "percentage"),
        ("Forty-two percent of patients relapsed after olaparib.", ""),
        ("Summarise the drug resistance review.", "summary"),
        ("What is this review about?", "summary"),
        ("这篇综述的主要内容是什么？", "summary"),
        # Findings questions that merely mention a record's words ask for no such line.
        ("What do the authors conclude about exosomes?", ""),
        ("Is there a link between exosomes and drug resistance?", ""),
        ("What mechanisms cause resistance to TKIs?", ""),
        ("What is the contribution of exosomes to osteoclast activation?", ""),
        ("Which tags mark exosomal proteins for sorting?", ""),
        ("Do authors of the review discuss osteoclasts?", ""),
        ("Can exosomes be detected online in blood?", ""),
        ("What happens to effector T cells when resistance to ICIs develops?", ""),
        ("What skeletal complications follow when lung cancer spreads to bone?", ""),
        ("外泌体是否几乎存在于所有体液中？", ""),
        ("外泌体与耐药之间有什么联系？", ""),
        ("Do exosomes need direct cell contact to act?", ""),
        ("What molecules appear in exosomes from resistant cells?", ""),
        ("Which pathway grants cells resistance to platinum?", ""),
        ("Can tumour cells reuse the exosomes they release?", ""),
        ("Where do exosomes work in the bone?", ""),
        ("Where do the first two authors of the Frontiers review come from?", "affiliation"),
        ("Where do the researchers think exosomes come from?", ""),
        ("这篇综述现在是正式排版的最终版本吗？", "publication status"),
        ("Is the article the finished, polished version, or a first draft?", "publication status"),
        ("耐药这篇算正式登出来了没，现在是个啥状态嘛？", "publication status"),
        ("耐药那篇另外两个作者是哪个学校附属医院的呗？", "affiliation"),
        ("Who put together the Frontiers article on drug resistance?", "authors"),
        ("Who are writers of the review on exosomes in lung cancer bone metastasis?", "authors"),
        ("Is it actually a primary study?", "article type"),
        ("Which section does the paper itself name?", "journal"),
        ("Which subsection of Frontiers in Oncology carries the review?", "journal"),
        ("Were the authors Tang Yuan and Yuan Hao, or have I mixed up the names?", "authors"),
        ("So what is its status right now?", "publication status"),
        ("Who should I credit as the authors of the review?", "authors"),
        ("Who are the crew members credited on the bone-metastasis exosome paper?", "authors"),
        ("那个骨转移的paper引了多少篇refs啊？", "references"),
        ("耐药综述里负责通讯的作者叫什么名字？", "correspondence"),
        ("讲骨转移外泌体那篇，作者是哪两位？", "authors"),
        ("Under what licensing terms was the review released to readers?", "licence"),
        ("Did the exosome review come out in Frontiers in Oncology?", "journal"),
        ("Who's the person you'd actually write to about that review?", "correspondence"),
        ("那篇综述好像只有两个作者吧？都是谁呢？", "authors"),
        # Where the first author works is no question of who the authors are (its words find
        # the affiliation lines).
        ("The first author 所在的 hospital 是哪家？", ""),
        (
            "Yuan and Tang published their review in the Chinese Journal of Lung Cancer, correct?",
            "journal",
        ),
        (
            "I believe the bone metastasis review is dated 20 November 2025 — is that accurate?",
            "date",
        ),
        ("A family asked me who wrote it. Which researchers are listed?", "authors"),
        # A share to confirm is asked as a percentage, which only a sentence with one gives.
        (
            "The review says 30 to 40 percent of patients get bone metastases, correct?",
            "percentage",
        ),
        # Literary Chinese.
        ("余近日读到一篇综述，敢问其英文篇名究竟如何措辞？", "title"),
        ("那篇文章执笔通讯之责者为何人？", "correspondence"),
        ("另一篇文章由哪两位学者执笔？", "authors"),
        # The byline, and a search box's last word; not the credit a reprint keeps.
        ("肺癌骨转移外泌体综述的两位作者英文署名是怎样写的（姓大写那种格式）？", "authors"),
        ("肺癌骨转移 外泌体 机制 临床进展 作者", "authors"),
        ("转载要保留作者署名吗？", "licence"),
        ("骨转移发生率 %", "percentage"),
        ("晚期肺癌患者发生骨转移的比例大约为：a. 不足5%  b. 约10%  c. 30%-40%", "percentage"),
        ("How many Prozent of lung cancer patients develop bone metastases?", "percentage"),
        (
            "how long did that review sit in peer review? when'd they submit it and when'd it get"
            " the thumbs up?",
            "submission date",
        ),
        ("另一篇文章是何年何月何日刊出？", "date"),
        ("Which review is dated later in 2025, and what's the later date?", "date"),
        ("My boss asked when the review reached the journal. Which dates?", "date"),
        ("Sorry, I only caught the title of that one — whose paper was it?", "authors"),
        (
            "Was the review in its final, peer-reviewed published form at the time?",
            "publication status",
        ),
        # The asker's own diagram is no figure of the paper's.
        ("What cargo should I label in my NSCLC resistance diagram, per the abstract?", ""),
        # What it cost to publish open access is no licence.
        ("What article processing charge did they pay to publish it open access?", "usage or fee"),
        ("Is it open access? Where was it published?", "licence"),
        ("Is there a quick line saying what the bone metastasis paper is about?", "summary"),
        ("Which of the three authors is listed as the corresponding one?", "correspondence"),
        # A share the asker states, and figures that are a count's source, ask for neither.
        (
            "For the large share of advanced NSCLC patients without a driver mutation, what is"
            " the standard first treatment?",
            "",
        ),
        (
            "How many lung cancer deaths are there each year per the latest GLOBOCAN figures?",
            "number",
        ),
        (
            "I'm checking a citation: was the review on exosomes actually published in"
            " Frontiers in Oncology?",
            "journal",
        ),
        # The Chinese-language summary is where the size is said, not what is asked for.
        ("In the Chinese-language summary, how big are the exosomes, in nanometres?", "size"),
        # How many mechanisms, or kinds, is answered by naming them; a clause that says what a
        # mechanism has "to do with how much" asks no number.
        ("外泌体在骨转移定植的时候具体干了啥？有几个机制？", ""),
        ("TKI耐药有几种途径？", ""),
        ("Which mechanisms lead to it -- something to do with how much of the drug gets in?", ""),
        ("孙女说文章开头有几个关键词，是哪几个啊", "keywords"),
        ("那篇英文文章是哪几位大夫写的啊？", "authors"),
        ("My grandpa progressed on TKI, should he change to chemotherapy?", "advice"),
        ("what you recommend for him", "advice"),
        ("下一步该换嘛药啊？您给拿个主意", "advice"),
        ("Is there anywhere in Auckland (a private clinic?) doing exosome-based tests?", "advice"),
        ("Ilang percent po ng patients yung nabubuhay pa after 5 years?", "percentage"),
        ("which US hospitals are best for lung cancer bone metastasis treatment?", "advice"),
        ("can I refer um paciente for exosome testing?", "advice"),
        ("高血钙的病人除了打水以外，calcitonin要怎么给？护理上要注意什么", "advice"),
        ("It improved survival by 20%. Is that figure in either paper?", "figure"),
        # 没多久 tells when it stopped working; it asks no length of time.
        ("我爸打免疫针没多久就不管用了，免疫治疗耐药是咋回事？", ""),
        # The journal that hosted a paper, not where a page is hosted.
        (
            "Which journal hosted the review on exosomes, and what launch date did it get?",
            "journal",
        ),
        ("Under which subject section of Frontiers in Oncology was the review placed?", "journal"),
        ("肺癌病人里发生骨转移的比例大概有多高？", "percentage"),
        # A process pointed back at is described, not defined.
        (
            "Can resistant cells pass it on? How does the exosome review describe this happening?",
            "",
        ),
        ("Give the authors of the exosome and lung cancer bone metastasis review", "authors"),
        ("Summarise the bone metastasis review", "summary"),
        ("In one sentence, what is the Yuan & Tang article about?", "summary"),
        ("Sum up what the Yuan and Tang paper does.", "summary"),
        # Trouble with the bones asks which troubles, not which bones.
        ("肺癌的“种子”落到骨头上以后，病人会遇到哪些骨头方面的麻烦？", ""),
        # Summarising named strategies asks for those strategies.
        ("Summarise the two treatment strategies the review highlights for blocking exosomes", ""),
        (
            "Is the exosome drug-resistance paper in volume 12 of Frontiers in Oncology?",
            "journal volume",
        ),
        # What the authors say is a finding, not who they are.
        ("What do the authors of the review say about osteoclasts?", ""),
        (
            "Have scientists got to the bottom of how the bubbles spread resistance?",
            "open question",
        ),
        (
            "Do the authors consider the molecular basis of that transfer already settled?",
            "open question",
        ),
        # Cells that have settled in the bone ask nothing of whether a question is settled.
        ("Do they change how cells get their fuel once they've settled in the bone?", ""),
        ("Does the publisher of the review stand behind the claims made in it?", "disclaimer"),
        ("外泌体与肺癌骨转移这篇综述是哪几位作者写的？", "authors"),
        ("骨转移外泌体综述刊登在哪", "journal"),
        (
            "Have they drawn up the full wiring diagram, or is it still a black box?",
            "open question",
        ),
        ("Is that the polished, typeset final article, or an early preview?", "publication status"),
        (
            "I always thought exosomes were a virus. What does the review say they are?",
            "definition",
        ),
        ("这篇综述发表在哪年？", "date"),
        ("And what do the authors say still has to be done?", "open question"),
        ("这篇综述刊登在该刊第几期，起止页码是多少？", "issue or pages"),
        ("这篇文章现在是最终排版版本吗？", "publication status"),
        ("Was this an original clinical trial that tested exosomes in patients?", "article type"),
        ("肺癌在所有恶性肿瘤里，得病的人数和死亡人数排在什么位置？", "rank"),
        # When patients are found, not when a thing was discovered or a paper dated.
        ("肺癌患者一般在什么时候被发现？", ""),
        ("外泌体是什么时候被发现的？", "discovery"),
        ("这篇综述是什么时候发表的？", "date"),
        # "figure among them" is the verb.
        ("Does lineage switching or histologic change figure among them?", ""),
        ("作者觉得外泌体传递耐药的具体机制已经研究透彻了吗？", "open question"),
        ("which one of them do you contact about it?", "correspondence"),
        ("does the publisher actually back up what the authors claim?", "disclaimer"),
        ("ok but do scientists actually know how that works yet or nah?", "open question"),
        ("Do scientists know how, or is the recipe still being worked out?", "open question"),
        # "Mean" the statistic, not "could mean better treatment".
        ("What was the mean survival of patients with bone metastases?", "figure"),
        ("Any research that could mean better treatment for bone metastases?", ""),
        # A Latin word beside Chinese characters is still a word.
        ("这篇耐药综述的DOI是什么？", "doi"),
        ("骨转移综述的URL是什么？", "link"),
        ("Who is the first author of the Frontiers review?", "authors"),
        ("Which city is the respiratory department of the first author in?", "affiliation"),
        ("Which MeSH identifier is attached to hypercalcemia?", "identifier"),
        ("What ontology ID is linked to the disease?", "identifier"),
        ("What is the MONDO identifier given for lung cancer?", "identifier"),
        ("Where is the complete bone metastasis paper available as Markdown?", "link"),
        ("Where are exosomes released?", ""),
        ("How long does it take for resistance to appear?", "duration"),
        ("How quickly do exosomes reach the bone?", "duration"),
        ("耐药需要多久才出现？", "duration"),
        ("How long are exosomes?", "number"),
        ("How long is the bibliography of the skeletal metastasis paper?", "references"),
        ("Which chemical entity was tagged in the full text?", "identifier"),
        ("Are exosomes tagged with CD63 before isolation?", ""),
        ("Does the publisher vouch for products in the review?", "disclaimer"),
        ("What is the aim of the Chinese review on exosomes and bone metastasis?", "summary"),
        ("What is the aim of TKI treatment?", ""),
        # "claim" asks for no disclaimer; "settled" asks what remains open.
        ("Does the review claim the mechanisms are settled?", "open question"),
        ("Does the publisher guarantee the products named in the review?", "disclaimer"),
        ("Does an EGFR mutation guarantee a response to TKIs?", ""),
        ("Which review was published later, the Frontiers one or the Chinese one?", "date"),
        ("Which is the more recent review?", "date"),
        ("What kind of article is the Frontiers paper?", "article type"),
        ("Where is the Chinese review's summary page hosted?", "link"),
        ("What is the source page for the bone metastasis summary?", "link"),
        ("What does the Chinese Journal of Lung Cancer review say about diagnosis?", ""),
        ("What sensitivity and specificity does the test reach?", "figure"),
        ("那这些事件的发生率分别是多少？", "figure"),
        ("What is the size range of exosomes in nanometres?", "size"),
        ("Where does lung cancer rank among malignancies in how many people it kills?", "rank"),
        ("Which lncRNA carries resistance between NSCLC cells?", "member"),
        ("Which signalling pathway do exosomes switch on in osteoclasts?", "member"),
        ("哪种 miRNA 与骨转移有关？", "member"),
        ("Which pathway activation is a mechanism of TKI resistance?", ""),
        ("What gene mutations do targeted drugs act on?", ""),
        ("How many works does the bone-metastasis review cite?", "references"),
        ("骨转移外泌体综述 reference count", "references"),
        ("Frontiers Oncology exosome drug resistance volume number", "journal volume"),
        ("Which journal volume does the Frontiers review belong to?", "journal volume"),
        ("What vol of Front Oncol is the NSCLC exosome resistance review in?", "journal volume"),
        # The volume line holds the year too.
        (
            "Which volume number should go in the volume field for the Ji review, and what year"
            " is it?",
            "journal volume",
        ),
        ("Which diameter have the exosomes, following the Chinese abstract?", "size"),
        ("% NSCLC pts w/ bone mets at dx?", "percentage"),
        ("Kindly explain what factors are responsible for resistance to platinum drugs.", ""),
        ("How does the Frontiers review explain what exosomes are?", "definition"),
        ("Does it include any figures?", "figures"),
        ("How many illustrations does the bone paper have?", "figures"),
        ("How do tumour cells figure out where bone is?", ""),
        ("外泌体一般有多大？", "number"),
        ("肺癌患者里大概百分之多少会出现骨转移？", "percentage"),
        ("Which of the two reviews is more recent, the NSCLC one or the bone one?", "date"),
        ("Which cytokines, for instance TGF-beta or IL-10, drive immunosuppression?", "member"),
        ("What cytokines participate in immunosuppression?", ""),
        ("Which specific cytokines or metabolites does it name?", "member"),
        ("EGFR-TKI 耐药中起作用的外泌体 lncRNA 具体是哪一个？", "member"),
        ("As a nurse, how should I manage hypercalcaemia in these patients?", "advice"),
        ("靶向药耐药了怎么办？", "advice"),
        ("How to manage acute hypercalcaemia on the ward?", "advice"),
        ("How to manage TKI resistance according to the review?", ""),
        # 哪几种 / 哪几类 ask which kinds, not how many.
        ("综述里总结了哪几种 resistance mechanism？", ""),
        ("外泌体在肺癌骨转移中主要介导哪几类相互作用？", ""),
        # PubMed Central's identifier is the PMC ID, not a PMID.
        ("What is the PubMed Central identifier of the bone metastasis review?", "pmcid"),
        ("Is Hao Tang listed as the first or the second author of the paper?", "authors"),
        ("Which hospital is the senior author of the paper attached to?", "affiliation"),
        ("Where online can I read the whole thing?", "link"),
        ("那我去哪儿能拿到完整版？", "link"),
        ("Who was the handling editor of the Frontiers review?", "editor"),
        ("Who were the peer reviewers of the bone metastasis paper?", "editor"),
        ("Who wrote the review on drug resistance?", "authors"),
        # The asker's own role asks for nothing.
        ("As the handling editor, I need the acceptance date.", "acceptance date"),
        ("And which broad treatment classes does it tag itself with?", "keywords"),
        ("Frontiers in Oncology 这本期刊的影响因子是多少？", "impact factor"),
        ("What's the oldest one they cite, and from what year?", "cited work"),
        (
            "Has that author published other papers on exosomes? Can you list them?",
            "publication list",
        ),
        ("Is Li Zhang the senior contact on the Frontiers review?", "correspondence"),
        ("What's the Altmetric attention score or page-view count of the article?", "usage or fee"),
        ("How much was the article processing charge Frontiers billed?", "usage or fee"),
        ("What's the identifier for it?", "identifier"),
        ("Is the 40–160 nm figure quoted in the abstract a radius or a diameter?", ""),
        ("Do all three writers of the review work in one city?", "affiliation"),
        ("When checkpoint drugs stop working, is the milieu boosting or dampening immunity?", ""),
        ("Has the review been retracted or had a correction published?", "retraction"),
        ("骨转移综述里，血钙达到多少 mmol/L 才算高钙血症？", "figure"),
        ("那转化以后换成哪种化疗方案比较好？", "advice"),
        ("那加上 PD-1 抑制剂联合用能逆转吗？给点具体用药建议。", "advice"),
        ("有没有给 cut-off 值？", "figure"),
        ("Roughly how many of them does one resistant cell release per hour?", "figure"),
        ("On what dates was it received and accepted by the journal?", "submission date"),
        ("Journal club: how does the bone-metastasis review define exosomes?", "definition"),
        ("给我总结一下这篇综述", "summary"),
        ("Which membrane transporter lowers platinum accumulation?", "member"),
        ("What role do lncRNAs play according to the NSCLC review?", ""),
        ("What about tyrosine kinase inhibitors, what mechanisms does it give?", ""),
        ("Which mutation is most frequent, and in what percent of patients?", "percentage"),
        ("肺癌患者发生骨转移的比例大约是多少？", "percentage"),
        ("Where do Hongzhi Ji and Li Zhang work?", "affiliation"),
        ("作者推荐临床上首选哪种外泌体释放抑制剂来治疗肺癌骨转移？", "advice"),
        ("Which inhibitor do the authors recommend to treat bone metastasis?", "advice"),
        ("Does the review recommend further research on exosomes?", ""),
        ("肺癌每年的新发病例数和死亡人数具体是多少？", "figure"),
        # The asker's grant application is no grant asked about.
        ("For the background of a grant application, what does the review cover?", ""),
        ("写基金本子：外泌体在骨转移中起什么作用？", ""),
        ("How many people are credited on the Frontiers piece?", "authors"),
        ("What persistent identifier should I cite for it?", "doi"),
        ("And the two co-authors, are they at the same place?", "affiliation"),
        ("Does it give the proportion of patients who become resistant?", "percentage"),
        ("血钙超过多少需要紧急处理？", "figure"),
        ("What does the caption of Figure 1 say?", "caption"),
        ("Does the paper have figures with captions?", "figures"),
        ("Which exosome assay has been approved by regulators?", "approval"),
        ("这个检测获批了吗？", "approval"),
        # "Is there an approved …?" asks whether a regulator cleared it.
        ("Is there an approved exosome blood test for bone metastases?", "approval"),
        ("Gibt's schon einen approved Exosomen-Bluttest?", "approval"),
        # A drug's approval date is a regulator's; a manuscript's "approval" is its acceptance.
        ("When was the drug approved?", "approval"),
        # Asked in traditional Chinese (read simplified): who wrote it, where to be treated,
        # whether to switch, and a doctor's career.
        ("这篇到底是哪几位医师写的啊？", "authors"),
        ("台北荣总跟台大胸腔内科，哪边做肺癌骨转移治疗比较厉害？想带我妈转院", "advice"),
        ("是不是应该改打免疫治疗吉舒达(Keytruda)？", "advice"),
        ("Lingyun Ye 医师有没有在台湾看诊？他是哪一年毕业的？", "biography"),
        ("Did Lingyun Ye train in the US before Shanghai Pulmonary Hospital?", "biography"),
        ("Have exosomes been studied in patients with bone metastasis?", ""),
        ("When was the Frontiers paper submitted and when was it approved?", "submission date"),
        ("Which condition corresponds to MESH:D005598?", "identifier"),
        ("How many microRNA molecules does a single exosome hold?", "figure"),
        ("How many exosomes per millilitre of blood does a healthy person have?", "figure"),
        ("How many months does it usually take before that happens?", "figure"),
        ("耐药一般几个月出现？", "figure"),
        ("肺癌骨转移患者的中位生存期是多少个月？", "figure"),
        ("What can doctors do to get it working again?", "advice"),
        ("出版社会不会为这个产品做担保？", "disclaimer"),
        ("第一作者 Hongzhi Ji 所在的医院在哪个城市？", "affiliation"),
        ("Is the Frontiers paper an original research article or a review?", "article type"),
        ("那出现高钙血症的病人一般要怎么补液、用什么药降钙？", "advice"),
        ("What median overall survival figure do they cite?", "figure"),
        ("And for TKIs, what's the corresponding list of resistance mechanisms?", ""),
        ("How can I correspond with the authors?", "correspondence"),
        ("骨转移那篇综述把外泌体归为哪一类囊泡？", "definition"),
        ("Which bone-targeting ligand is displayed on their surface?", "member"),
        ("那外泌体里具体是哪些蛋白把顺铂耐药传给敏感细胞的？", "member"),
        ("Does the entry contain the paper's body text, or is it just a summary?", "full text"),
        ("Is the body of the Chinese article reproduced in this collection?", "full text"),
        ("Is the Yuan & Tang piece new experimental findings, or a refresher?", "article type"),
        ("Is the article on lung cancer drug resistance free to read?", "licence"),
        ("Is the Frontiers article free for anyone to read?", "licence"),
        ("Where do the doctors who wrote the drug resistance paper work?", "affiliation"),
        ("那这篇综述是用什么方法测定外泌体大小的？", "method"),
        ("How were the exosomes isolated?", "method"),
        ("外泌体样本怎么保存，-80度？", "method"),
        ("How do lab scientists actually separate exosomes out of a blood sample?", "method"),
        ("How can doctors detect bone metastasis early?", ""),
        ("How do the authors characterise the survival of advanced NSCLC patients?", ""),
        ("For a grant background section: does the abstract name detoxification?", ""),
        ("Was the review supported by a grant?", "funding"),
        ("Can I present its statements as the official position of the hospital?", "disclaimer"),
        ("What's the publication date of the Yuan and Tang review?", "date"),
        ("How much do skeletal-related events shorten survival?", "figure"),
        ("Does the review name specific exosomal molecules as predictors?", "member"),
        ("Would switching him to platinum chemo get around the resistance?", "advice"),
        ("Which chemotherapy is still the first choice without a driver mutation?", ""),
        ("没有驱动基因突变，一般首选什么治疗？", ""),
        # A span asked for as a count wants a number, not "生存期短".
        ("这种情况一般还能活多久？中位生存期大概是几个月？", "figure"),
        ("一般还能活多久？", "duration"),
        # "列几条" asks for the things themselves, not for how many.
        ("外泌体在骨转移里做了哪些事？能简单列几条吗", ""),
        ("Is the Ji et al. article already out in its final typeset form?", "publication status"),
        ("这篇综述目前处于什么出版状态？", "publication status"),
        ("Who are the two researchers behind the review on vesicle signalling?", "authors"),
        ("那张图具体展示了什么内容？", "caption"),
        ("What does the figure in the bone review show?", "caption"),
        (
            "How does lung cancer compare with other malignancies in how many people it kills?",
            "rank",
        ),
        ("肺癌和其他恶性肿瘤相比，死亡人数怎么样？", "rank"),
        ("骨转移综述的全文实体里，hypercalcemia 对应的 MeSH ID 是什么？", "identifier"),
        ("骨转移综述的全文在哪里看？", "link"),
        ("What is the first highlight of the bone metastasis review about?", ""),
        ("What is the bone metastasis review about?", "summary"),
        # 大概要 is "roughly needs", no 概要.
        ("大概要几钱？", "number"),
        ("And which one of them should I email for an interview?", "correspondence"),
        ("What is the corresponding author's email address?", "email"),
        ("NSCLC耐药那篇文章的第一作者来自哪家医院？", "affiliation"),
        ("How should hypercalcaemia be treated in lung cancer patients?", "advice"),
        ("What cargo-loading technique (electroporation, sonication) is used?", "method"),
        ("ICI耐药中起关键作用的代谢物是哪一种，腺苷还是犬尿氨酸？", "member"),
        ("Which chemical is listed among the full-text entities of the review?", "identifier"),
        # 好几个 (quite a few) counts nothing.
        ("做了好几个基因检测，这种晚期肺癌标准治疗还是化疗吗？", ""),
        ("肺癌骨转移那篇综述的数字对象标识符是多少？", "doi"),
        (
            "Is the Frontiers paper on exosomes in NSCLC resistance an original research study?",
            "article type",
        ),
        ("Is its version final?", "publication status"),
        ("who corresp author exo nsclc resist review + hosp", "correspondence"),
        ("这篇NSCLC抗药性文章用的是什么授权条款？可以自由转载吗？", "licence"),
        (
            "What for a percentage of the lung cancer patients develops a bone metastasis?",
            "percentage",
        ),
        ("Percent of lung cancer patients who develop bone metastases?", "percentage"),
        # What a review links to something is no link to be given.
        ("Which metabolic process does the review link to exosomes in bone?", ""),
        ("Is there a link to the full text of the bone review?", "link"),
        ("The title calls exosomes a 'transmitter': how is resistance passed on?", ""),
        (
            "What diameter range does the review use to define exosomes, and is that a cut-off?",
            "size",
        ),
        ("How large is the literature base cited in the bone metastasis review?", "references"),
        ("What do we owe if we redistribute material from the Frontiers review?", "licence"),
        ("On what grounds do kinase-blocking drugs lose their force?", ""),
        ("How are the author names formatted in the byline of the bone review?", "authors"),
        # The asker's own byline asks for no authors.
        (
            "For my article's byline, list the cities where the authors' hospitals are.",
            "",
        ),
        (
            "I think the tests detect it with over 90% sensitivity — am I off on the number?",
            "figure",
        ),
        ("lung ca bone mets exo review (CJLC) — authors?", "authors"),
        ("How is called exactly the review of Ji, Zhang and Ye about the exosomes?", "title"),
        ("How is the Frontiers review called?", "title"),
        ("How is called the process that makes exosomes?", ""),
        ("Who is the main contact person? I might want to email them.", "correspondence"),
        ("What is the corresponding author's email address?", "email"),
        ("review 的 corresponding author 是谁啊？我要 email 问 question lah", "correspondence"),
        ("通讯作者的email是什么？", "email"),
        ("Who is the author you should email if you have questions?", "correspondence"),
        # The asker sends the email; the question is to whom.
        ("corresponding author is who? I want send email about collaboration ^^", "correspondence"),
        ("I want to send an email to the corresponding author, who is it?", "correspondence"),
        (
            "Mechanisms of Exosomes in Lung Cancer Bone Metastasis — author who? only two people?",
            "authors",
        ),
        ("What do the authors who discuss miR-21 conclude?", ""),
        ("Which two people wrote the review?", "authors"),
        ("Which of the authors is the one you're meant to write to?", "correspondence"),
        ("Which % of patients develop bone metastases?", "percentage"),
        ("Which doctors wrote about bone pain?", ""),
        ("How often does the test pick up bone metastases, in percent?", "percentage"),
        ("Before I credit people on the title slide: who wrote the review?", "authors"),
        ("讲肺癌耐药的那篇文章，有问题要找哪个作者联系呢？", "correspondence"),
        ("What percentage get bone metastasis? Give me the actual figure.", "percentage"),
        ("Who actually wrote the review about exosomes in bone metastasis?", "authors"),
        ("台湾的肺癌病人最后发生骨转移的比例大概是几成？", "percentage"),
        ("still standard first line for advanced nsclc per exosome review", ""),
        ("How many miRNAs are packed per exosome?", "figure"),
        ("Who holds the copyright on the Frontiers review, and in what year?", "licence"),
        ("这篇综述的版权声明写的是哪一年、版权归谁？", "licence"),
        # A "when" asks a paper's date only of a paper.
        ("When are exosomes released?", ""),
        ("外泌体什么时候会释放出来？", ""),
        ("When was the piece about cells' mail dropped off at the journal?", "date"),
        ("bone metastasis那篇review系边两位作者写㗎？", "authors"),
        ("肺癌病人有多少percent最后会出现bone metastasis？", "percentage"),
        ("how many patients end up with bone metastases, percentage-wise?", "percentage"),
        ("What English journal title does the record use?", "journal"),
        ("For ten points: which open-access journal ran the review on exosomes?", "journal"),
        ("What counts as the accepted first-line standard for advanced patients?", ""),
        ("pub date of the CJLC exosome bone mets review?", "date"),
        ("Did the journal receive the manuscript in December 2024? Yes or no.", "date"),
        ("share of lung cancer patients who develop bone mets, %?", "percentage"),
        ("how many refs in the lung ca bone mets paper", "references"),
        ("该骨转移综述的作者署名有哪几位？", "authors"),
        ("Who are the people that wrote the review on exosomes?", "authors"),
        ("Am I allowed to photocopy and pass around the article?", "licence"),
        ("What are my chances of being alive in five years with bone metastases?", "figure"),
        ("How many Americans find out they have lung cancer each year?", "figure"),
        ("我屋头老汉肺癌，医生说外泌体的，这个外泌体到底是什么东西嘛？", "definition"),
        ("Of every hundred patients, how many get bone metastasis?", "percentage"),
        ("How many get bone metastasis, and what is the actual percentage?", "percentage"),
        ("What is the name of the review article on exosomes?", "title"),
        ("How is the review on exosomes and resistance called, exactly?", "title"),
        ("What is the name of the journal the review appeared in?", "journal"),
        # Asked after what the asker tells; there, "what is it?" asks no definition.
        ("My husband has lung cancer. Who has written it, do you know the names?", "authors"),
        ("I read it at the clinic. When was it submitted and when accepted?", "submission date"),
        ("有没有外泌体的肺癌临床试验？NCT 编号是什么？", ""),
        ("How many % of patients get bone metastases?", "percentage"),
        ("First two authors - which hosp are they from?", "affiliation"),
        ("Could you confirm the volume and year so I can finish the citation?", "journal volume"),
    ],
)
def test_the_kind_a_question_asks_for(question: str, kind: str) -> None:
    assert expected_kind(question) == kind


@pytest.mark.parametrize(
    ("question", "previous", "kind"),
    [
        (
            "and for the Chinese Journal of Lung Cancer one?",
            "What's the DOI of the Ji review?",
            "doi",
        ),
        ("What about the bone metastasis review?", "When was the Ji review published?", "date"),
        ("那骨转移那篇呢？", "Ji 那篇的 DOI 是多少？", "doi"),
        # A follow-up that asks something of its own keeps its own kind, or none.
        ("And how do exosomes spread resistance?", "What's the DOI of the Ji review?", ""),
        ("What about the other review?", "What does the bone review say exosomes carry?", ""),
    ],
)
def test_an_elliptical_follow_up_asks_for_what_the_question_before_it_did(
    question: str, previous: str, kind: str
) -> None:
    assert expected_kind(question, previous) == kind


def test_a_follow_up_about_people_just_asked_about_asks_where_they_work() -> None:
    assert expected_kind("Where do they work?", "Who wrote the review?") == "affiliation"
    assert expected_kind("Where do they work?", "What do exosomes carry?") == ""
    assert expected_kind("Where do they work?") == ""
    named = "Where do Hongzhi Ji and Li Zhang work?"
    assert expected_kind(named, "Who is the corresponding author?") == "affiliation"


@pytest.mark.parametrize(
    ("sentence", "kind", "gives"),
    [
        ("Volume 15 - 2025 | doi: 10.3389/fonc.2025.1539047", "doi", True),
        ("Exosomes are 40-160 nm across.", "doi", False),
        ("The article is available at https://doi.org/10.3389/x", "link", True),
        ("Copyright: © 2025 Ji, Zhang and Ye.", "licence", True),
        ("Keywords: Drug Resistance, Exosomes", "keywords", True),
        ("Authors: YUAN Yuan, TANG Hao", "authors", True),
        ("67 references — full list in the complete paper", "references", True),
        ("Exosomes carry miRNA and protein.", "authors", False),
        ("Front. Oncol. (Frontiers in Oncology) — Sec. Thoracic Oncology", "journal", True),
        ("… the original publication in this journal is cited.", "journal", False),
        ("Contact: someone@example.org", "email", True),
        ("This paper reviews how exosomes contribute to bone metastasis.", "summary", True),
        ("本文旨在总结外泌体促进肺癌骨转移的最新研究进展。", "summary", True),
        ("Exosomes contribute to bone metastasis.", "summary", False),
        ("Exosomes are small molecules secreted by a variety of cells.", "definition", True),
        ("外泌体是由细胞内多囊泡体与细胞膜融合后释放的细胞外囊泡。", "definition", True),
        ("Exosomes mediate tumor-stroma and immune interactions.", "definition", False),
        ("**Diseases:** hypercalcemia (MESH:D006934)", "identifier", True),
        ("EGFR-TKI resistance arises in 2 of 3 patients.", "identifier", False),
        ("Resistance appeared within 48 hours of exposure.", "duration", True),
        ("耐药在两周内出现。", "duration", True),
        ("Exosomes are 40-160 nm across.", "duration", False),
        ("Resistance is transferred within the tumour microenvironment.", "duration", False),
        ("REVIEW article", "article type", True),
        ("Exosomes are 40-160 nm across.", "size", True),
        ("Exosomes are 40-160 nm across.", "figure", False),
        ("Median survival was 9.5 months.", "figure", True),
        ("肺癌是发病率和死亡率最高的恶性肿瘤。", "rank", True),
        ("PMC · DOI: 10.3779/j.issn.1009-3419.2025.101.22 · 2025-11-20", "figure", False),
        ("**Diseases:** hypercalcemia (MESH:D006934)", "number", False),
        ("This article reviews exosomes.", "article type", False),
        ("Anything at all.", "", False),
        ("Figure 1: Exosomes in the bone niche.", "caption", True),
        ("1 figure with captions in the complete paper: https://x.org/full.md", "caption", False),
        ("The assay was approved by the FDA in 2020.", "approval", True),
        ("Exosomes show potential for early diagnosis.", "approval", False),
    ],
)
def test_whether_a_sentence_gives_the_kind(sentence: str, kind: str, gives: bool) -> None:
    assert is_kind(sentence, kind) is gives


def test_a_span_said_in_words_answers_how_long_one_lives_only() -> None:
    sentence = "肿瘤发生转移是其治疗效果差、生存期短的重要影响因素。"
    assert is_kind(sentence, "duration", asked="How long do patients with bone metastases survive?")
    assert is_kind(sentence, "duration", asked="肺癌骨转移能活多久？")
    assert not is_kind(sentence, "duration", asked="How long does the exosome blood test take?")


def test_a_name_answers_only_when_the_question_does_not_say_it() -> None:
    asked = "Which lncRNA spreads cisplatin resistance in NSCLC?"
    assert is_kind("Exosomal MALAT1 spreads cisplatin resistance.", "member", asked=asked)
    assert is_kind("miR-21 is carried by exosomes.", "member", asked=asked)
    # The class, the question's own names and a record's identifiers are no answer.
    assert not is_kind("Exosomes carry miRNA, lncRNA, and protein.", "member", asked=asked)
    assert not is_kind("Drug resistance of NSCLC is urgent.", "member", asked=asked)
    assert not is_kind("PMC12883948 (MESH:D006934)", "member", asked=asked)


def test_a_sentence_that_says_it_the_other_way_round() -> None:
    said = "They transfer drug resistance information from drug-resistant cells to sensitive cells."
    reverse = (
        "Can exosomes released by drug-sensitive cells restore sensitivity in resistant cells?"
    )
    assert states_the_reverse(reverse, said)
    assert not states_the_reverse("Do exosomes from resistant cells reach sensitive cells?", said)
    assert not states_the_reverse("How do exosomes spread resistance between cells?", said)


def test_a_definition_must_be_of_the_questions_subject() -> None:
    sentence = "Drug resistance is an urgent problem to be solved."
    assert is_kind(sentence, "definition", on_topic=True)
    assert not is_kind(sentence, "definition", on_topic=False)  # asked: "What are exosomes?"


def test_a_number_must_be_of_the_questions_subject() -> None:
    sentence = "外泌体是直径为40-160 nm的细胞外囊泡。"
    assert is_kind(sentence, "number", on_topic=True)  # asked: "How big are exosomes?"
    assert not is_kind(sentence, "number", on_topic=False)  # asked: "How many patients …?"


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("Copyright: © 2025 Ji, Zhang and Ye.", True),
        ("The article is available at https://doi.org/10.3389/fonc.2025.1539047", True),
        ("Keywords: Drug Resistance, Exosomes", True),
        ("67 references — full list in the complete paper", True),
        ("- **Chemicals:** lipids (MESH:D008055)", True),
        ("Disclaimer: All claims expressed in this article are solely those of the authors", True),
        ("Authors: Hongzhi Ji (1), Li Zhang (1), Lingyun Ye (2, corresponding author)", True),
        ("Zhang et al. found exosomal miR-21 in 40 of 52 patients.", False),
        ("Patients were treated at Shanghai Pulmonary Hospital.", False),
    ],
)
def test_which_lines_belong_to_a_papers_record(text: str, record: bool) -> None:
    assert is_record_line(text) is record


@pytest.mark.parametrize(
    ("question", "aside"),
    [
        ("Besides targeted therapy, which other treatment is a breakthrough?", "targeted therapy"),
        ("除了靶向治疗，还有哪一种治疗也算突破？", "靶向治疗"),
        ("What else do exosomes carry apart from miRNA?", "miRNA"),
        # "Besides X, which …?" asks for one beside X, as "which other" does.
        ("Besides targeted agents, which treatment is a breakthrough?", "targeted agents"),
        ("Which treatments face resistance?", ""),
        # Asked beside what is set aside, not instead of it.
        ("Aside from designer vesicles, is shutting off their release put forward?", ""),
    ],
)
def test_what_a_question_sets_aside(question: str, aside: str) -> None:
    found, rest = set_aside(question)
    assert found.strip() == aside
    assert (aside in rest) is (not aside)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("The review was published in Thoracic Cancer, right?", "journal"),
        ("I remember it ran in the Molecular Oncology section. Is that right?", "journal"),
        ("I think the review came out in March 2025. Is that the date?", "date"),
        # A date to confirm is no journal.
        ("It was published in March 2025, right?", "date"),
        # The question word left in place, and a manuscript's receipt.
        ("The article on bone metastasis was published when exactly?", "date"),
        (
            "The manuscript of Ji, Zhang and Ye, the date of reception, it was when?",
            "submission date",
        ),
        ("晚期非小细胞肺癌五年能活下来的比例大概有多少？", "percentage"),
        ("The bone metastasis review came out in Frontiers in Oncology, correct?", "journal"),
        ("这篇文章是发表在《中国肺癌杂志》上的吗？", "journal"),
        # Words the asker wants given, and a journal's name, ask for no line of the record.
        ("癌细胞在骨头里安家时，外泌体参与了哪些过程？给我几个关键词。", ""),
        ("《中国肺癌杂志》这篇综述中外泌体的粒径范围是多少？", "size"),
        ("Exosomes came out in large numbers in the blood, correct?", ""),
        # A DOI given to say which paper is no DOI asked for.
        ("Which section was the review (doi 10.3389/fonc.2025.1539047) published in?", "journal"),
        ("作者是不是认为外泌体只有判断预后的价值？", ""),
        # How the authors put it is no question of who they are.
        ("免疫检查点抑制剂耐药如何影响效应T细胞？作者是如何概括其机制的？", ""),
        ("How many authors are listed on the bone metastasis paper?", "authors"),
        ("Which volume of Frontiers in Oncology does the review appear in?", "journal volume"),
    ],
)
def test_a_record_line_stated_to_confirm_asks_for_that_line(question: str, kind: str) -> None:
    assert expected_kind(question) == kind


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("Who wrote the bone metastasis review and when was it published?", ("authors", "date")),
        (
            "Who wrote the review, in which journal did it appear and on what date?",
            ("authors", "journal", "date"),
        ),
        ("这篇综述的作者是谁？什么时候发表的？", ("authors", "date")),
        ("What is the title and DOI of the bone metastasis review?", ("title", "doi")),
        ("Who wrote the Frontiers review and where do they work?", ("authors", "affiliation")),
        # One part asked for is no list of parts, whatever else its words say.
        ("In which journal was the review published?", ()),
        ("Who wrote the review on exosomes, miRNA and lncRNA?", ()),
        ("What is the DOI, and does the review discuss EGFR?", ()),
    ],
)
def test_the_parts_of_a_record_asked_side_by_side(question: str, parts: tuple[str, ...]) -> None:
    assert record_parts_asked(question) == parts
