"""A SciFact-like set, generated: biomedical abstracts in topic clusters, and claims that each
paraphrase one finding of one abstract.

Public claim-retrieval sets cannot be shipped, so this script writes one, deterministically
for a seed. What makes such a set hard is kept on purpose:

- **Near neighbours.** Abstracts come in clusters of 10-30 that share a disease and a gene, a
  drug or an exposure (and the same gene recurs across diseases), so a claim's words match
  many abstracts; only the *combination* (this gene, this process, these cells; this drug,
  this comparator, this population) singles one out. Background sentences name the findings
  of sibling abstracts ("has been linked to angiogenesis and ferroptosis").
- **Paraphrase.** A claim restates one finding in other words: synonyms ("heart attack" for
  "myocardial infarction"), abbreviation against expansion ("NSCLC"), voice and
  nominalisation ("is driven by", "X-mediated"), numbers written differently ("forty-two
  percent", "an 84% higher risk" for "HR 1.84"). Some claims state the opposite of the
  finding (SciFact's "contradict" claims): the right abstract is the same.
- **One right abstract.** Every claim's mentioned combination is checked against every
  abstract's findings, so exactly one abstract holds it.

Abstracts are 140-280 words, median 176 (background, methods, results with numbers,
conclusion), a third of them structured under headings, written as exorag corpus files with
front matter. Deliberately loose: the combinations are not checked for biological sense.
"""

from __future__ import annotations

import json
import random
import re
import string
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from synthetic import FAMILY, GIVEN

MAX_WORDS = 280
CLUSTER_SIZES = (10, 30)


@dataclass(frozen=True)
class Entity:
    """A thing with several names: ``name`` is the usual one, ``abbr`` its abbreviation.

    ``literal`` marks numbers: an abstract always writes ``name``, a claim may write another.
    """

    name: str
    abbr: str = ""
    synonyms: tuple[str, ...] = ()
    literal: bool = False

    @property
    def forms(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f for f in (self.name, self.abbr, *self.synonyms) if f))


def _table(text: str) -> tuple[Entity, ...]:
    """Entities from lines ``name | ABBR | synonym; synonym`` (the last two may be empty)."""
    entities = []
    for line in text.strip().splitlines():
        name, abbr, synonyms = ([p.strip() for p in line.split("|")] + ["", ""])[:3]
        entities.append(Entity(name, abbr, tuple(s.strip() for s in synonyms.split(";") if s)))
    return tuple(entities)


@dataclass(frozen=True)
class Domain:
    """One field of biomedicine: what its abstracts talk about."""

    name: str
    burden: str
    unmet: str
    diseases: tuple[Entity, ...]
    focus: tuple[Entity, ...]
    markers: tuple[Entity, ...]
    processes: tuple[Entity, ...]
    cells: tuple[Entity, ...]
    models: tuple[Entity, ...]
    readouts: tuple[Entity, ...]
    features: tuple[Entity, ...]
    samples: tuple[Entity, ...]
    drugs: tuple[Entity, ...]
    comparators: tuple[Entity, ...]
    outcomes: tuple[Entity, ...]
    adverse: tuple[Entity, ...]
    journals: tuple[str, ...]


ONCOLOGY = Domain(
    name="oncology",
    burden="one of the leading causes of cancer-related death worldwide",
    unmet="Despite targeted therapy and immunotherapy, most patients eventually relapse.",
    diseases=_table("""
        non-small cell lung cancer | NSCLC | non-small-cell lung carcinoma
        triple-negative breast cancer | TNBC | triple-negative breast carcinoma
        colorectal cancer | CRC | colorectal carcinoma; bowel cancer
        hepatocellular carcinoma | HCC | primary liver cancer
        pancreatic ductal adenocarcinoma | PDAC | pancreatic cancer
        glioblastoma | GBM | glioblastoma multiforme; grade IV glioma
        acute myeloid leukemia | AML | acute myelogenous leukaemia
        cutaneous melanoma | | melanoma of the skin; malignant melanoma
        castration-resistant prostate cancer | CRPC | hormone-refractory prostate cancer
        high-grade serous ovarian carcinoma | HGSOC | serous ovarian cancer
        gastric adenocarcinoma | | gastric cancer; stomach cancer
        head and neck squamous cell carcinoma | HNSCC | head and neck cancer
    """),
    focus=_table("""
        EGFR | | epidermal growth factor receptor; ErbB1
        KRAS | | KRAS oncogene; Kirsten rat sarcoma viral oncogene homolog
        MYC | | c-Myc; MYC oncoprotein
        STAT3 | | signal transducer and activator of transcription 3
        YAP1 | | YAP; Yes-associated protein
        HIF-1α | | hypoxia-inducible factor 1-alpha; HIF1A
        PD-L1 | | programmed death-ligand 1; CD274
        EZH2 | | enhancer of zeste homolog 2
        FOXM1 | | forkhead box M1
        SOX2 | | SRY-box transcription factor 2
        ZEB1 | | zinc finger E-box binding homeobox 1
        NRF2 | | nuclear factor erythroid 2-related factor 2; NFE2L2
        miR-21 | | microRNA-21; miR-21-5p
        MALAT1 | | lncRNA MALAT1; lung adenocarcinoma transcript 1
        AXL | | AXL receptor tyrosine kinase
        LOXL2 | | lysyl oxidase-like 2
    """),
    markers=_table("""
        circulating tumor DNA | ctDNA | cell-free tumor DNA
        CA19-9 | | carbohydrate antigen 19-9
        neutrophil-to-lymphocyte ratio | NLR | neutrophil/lymphocyte ratio
    """),
    processes=_table("""
        epithelial-mesenchymal transition | EMT | epithelial-to-mesenchymal transition
        angiogenesis | | blood vessel formation; neovascularization
        apoptosis | | programmed cell death
        cell proliferation | | cell growth; proliferative capacity
        invasion and metastasis | | metastatic spread; tumor cell dissemination
        cisplatin resistance | | resistance to cisplatin; platinum resistance
        immune evasion | | immune escape; escape from immune surveillance
        aerobic glycolysis | | the Warburg effect; glycolytic metabolism
        ferroptosis | | iron-dependent cell death; lipid peroxidation-driven cell death
        autophagy | | autophagic flux; autophagic degradation
        cancer stemness | | stem-like properties; self-renewal capacity
        cellular senescence | | senescence; irreversible growth arrest
        DNA damage repair | | DNA repair; repair of DNA lesions
        radioresistance | | resistance to radiotherapy; radiation resistance
    """),
    cells=_table("""
        cancer-associated fibroblasts | CAFs | tumor-associated fibroblasts; stromal fibroblasts
        tumor-associated macrophages | TAMs | tumour macrophages; intratumoral macrophages
        CD8+ T cells | | cytotoxic T lymphocytes; killer T cells
        regulatory T cells | Tregs | FOXP3+ regulatory T cells
        natural killer cells | NK cells | NK lymphocytes
        tumor endothelial cells | | endothelial cells of tumor vessels; tumour vasculature
        cancer stem cells | CSCs | tumor-initiating cells; stem-like cancer cells
        myeloid-derived suppressor cells | MDSCs | immature myeloid suppressor cells
        circulating tumor cells | CTCs | tumor cells in the bloodstream
        conventional dendritic cells | cDCs | classical dendritic cells
    """),
    models=_table("""
        subcutaneous xenograft mice | | nude mouse xenografts; xenografted mice
        patient-derived organoids | PDOs | tumor organoids
        genetically engineered mouse models | GEMMs | transgenic mouse models
        zebrafish xenografts | | zebrafish embryo xenografts
        orthotopic mouse models | | orthotopically implanted mice
        patient-derived xenografts | PDXs | patient-derived tumor grafts
    """),
    readouts=_table("""
        tumor growth | | tumour burden; tumor volume
        lung metastases | | pulmonary metastatic nodules; metastatic colonization of the lung
        survival of tumor-bearing mice | | survival of the animals
        tumor vascular density | | intratumoral microvessel density
    """),
    features=_table("""
        advanced TNM stage | | later tumor stage; advanced disease stage
        lymph node metastasis | | nodal involvement; lymph node spread
        shorter overall survival | | worse survival; poor overall survival
        early recurrence | | earlier relapse; recurrence within two years
    """),
    samples=_table("""
        serum | | blood serum
        plasma | | blood plasma; circulating
        tumor tissue | | tumour specimens; resected tumor tissue
    """),
    drugs=_table("""
        osimertinib | | the third-generation EGFR inhibitor osimertinib
        pembrolizumab | | anti-PD-1 therapy with pembrolizumab
        trastuzumab deruxtecan | T-DXd | the antibody-drug conjugate trastuzumab deruxtecan
        olaparib | | the PARP inhibitor olaparib
        bevacizumab | | anti-VEGF therapy; the VEGF antibody bevacizumab
        sorafenib | | the multikinase inhibitor sorafenib
        temozolomide | TMZ | alkylating chemotherapy with temozolomide
        palbociclib | | the CDK4/6 inhibitor palbociclib
        adjuvant capecitabine | | capecitabine after surgery; postoperative capecitabine
        stereotactic body radiotherapy | SBRT | stereotactic ablative radiotherapy; SABR
        nivolumab plus ipilimumab | | combined PD-1 and CTLA-4 blockade; dual checkpoint blockade
        FOLFIRINOX | | modified FOLFIRINOX; combination chemotherapy with FOLFIRINOX
    """),
    comparators=_table("""
        placebo | | a matching placebo; dummy tablets
        standard chemotherapy | | conventional chemotherapy; platinum-based chemotherapy
        docetaxel | | docetaxel monotherapy
        observation | | active surveillance; no further treatment
        best supportive care | | supportive care alone
    """),
    outcomes=_table("""
        disease progression or death | | progression or death; tumor progression
        death from any cause | | all-cause mortality; death
        locoregional recurrence | | local relapse; local recurrence
        distant metastasis | | distant relapse; metastatic recurrence
        brain metastasis | | intracranial metastasis; central nervous system metastases
    """),
    adverse=_table("""
        grade 3 or higher neutropenia | | severe neutropenia
        interstitial lung disease | ILD | pneumonitis
        immune-related colitis | | immune-mediated colitis
        peripheral neuropathy | | nerve damage; neuropathy
    """),
    journals=(
        "Cancer Research",
        "Clinical Cancer Research",
        "Journal of Clinical Oncology",
        "Nature Cancer",
        "Oncogene",
        "Cancer Cell",
        "Lancet Oncology",
        "British Journal of Cancer",
    ),
)

CARDIOMETABOLIC = Domain(
    name="cardiometabolic",
    burden="a major cause of morbidity and mortality worldwide",
    unmet="Despite current preventive therapies, the residual risk of events remains high.",
    diseases=_table("""
        type 2 diabetes | T2D | type 2 diabetes mellitus; adult-onset diabetes
        heart failure with reduced ejection fraction | HFrEF | systolic heart failure
        heart failure with preserved ejection fraction | HFpEF | diastolic heart failure
        acute myocardial infarction | AMI | heart attack; myocardial infarction
        atherosclerosis | | atherosclerotic cardiovascular disease; arterial plaque disease
        essential hypertension | | high blood pressure; primary hypertension
        nonalcoholic fatty liver disease | NAFLD | fatty liver disease; hepatic steatosis disease
        obesity | | excess adiposity; excess body weight
        atrial fibrillation | AF | AFib; an irregular heart rhythm
        chronic kidney disease | CKD | chronic renal disease
        ischemic stroke | | cerebral infarction; brain infarction
        pulmonary arterial hypertension | PAH | pulmonary hypertension
    """),
    focus=_table("""
        PCSK9 | | proprotein convertase subtilisin/kexin type 9
        SGLT2 | | sodium-glucose cotransporter 2
        GLP-1 receptor | GLP-1R | glucagon-like peptide-1 receptor
        PPARγ | | peroxisome proliferator-activated receptor gamma; PPARG
        FGF21 | | fibroblast growth factor 21
        adiponectin | | ADIPOQ; adipocyte-derived adiponectin
        leptin | | LEP; adipocyte-derived leptin
        SIRT1 | | sirtuin 1
        ANGPTL3 | | angiopoietin-like protein 3
        NLRP3 | | NLRP3 inflammasome; cryopyrin
        galectin-3 | | LGALS3; Gal-3
        GDF15 | | growth differentiation factor 15
    """),
    markers=_table("""
        lipoprotein(a) | Lp(a) | apolipoprotein(a)-containing lipoprotein
        TMAO | | trimethylamine N-oxide
        NT-proBNP | | N-terminal pro-B-type natriuretic peptide
        high-sensitivity troponin T | hs-TnT | cardiac troponin T
    """),
    processes=_table("""
        insulin resistance | | impaired insulin sensitivity; reduced insulin action
        hepatic steatosis | | liver fat accumulation; hepatic lipid accumulation
        cardiac fibrosis | | myocardial fibrosis; fibrotic remodeling of the heart
        endothelial dysfunction | | impaired endothelium-dependent vasodilation
        vascular inflammation | | arterial inflammation; inflammation of the vessel wall
        mitochondrial biogenesis | | generation of new mitochondria
        hepatic gluconeogenesis | | hepatic glucose output; glucose production by the liver
        oxidative stress | | reactive oxygen species production; ROS accumulation
        cardiomyocyte hypertrophy | | hypertrophic growth of heart muscle cells
        foam cell formation | | lipid-laden macrophage formation
        beta-cell dedifferentiation | | loss of beta-cell identity
        adipose tissue browning | | beiging of white fat; browning of white adipose tissue
        vascular calcification | | arterial calcification; calcification of the vessel wall
        lipolysis | | fat breakdown; triglyceride hydrolysis
    """),
    cells=_table("""
        hepatocytes | | liver cells; hepatic parenchymal cells
        cardiomyocytes | | heart muscle cells; cardiac myocytes
        adipocytes | | fat cells
        pancreatic beta cells | | insulin-producing beta cells; islet beta cells
        vascular smooth muscle cells | VSMCs | arterial smooth muscle cells
        monocyte-derived macrophages | | macrophages; lesional macrophages
        cardiac fibroblasts | | myocardial fibroblasts
        glomerular podocytes | | podocytes; glomerular epithelial cells
        arterial endothelial cells | | vascular endothelial cells; the endothelium
    """),
    models=_table("""
        high-fat diet-fed mice | | diet-induced obese mice; mice on a high-fat diet
        ApoE-deficient mice | | ApoE knockout mice; atherosclerosis-prone mice
        db/db mice | | leptin receptor-deficient mice; diabetic db/db mice
        mice subjected to transverse aortic constriction | TAC | pressure-overloaded mice
        Zucker diabetic fatty rats | ZDF rats | obese diabetic rats
        mice after permanent coronary ligation | | a mouse model of myocardial infarction
    """),
    readouts=_table("""
        fasting blood glucose | | fasting glycemia; blood sugar
        atherosclerotic lesion area | | plaque area; aortic plaque burden
        infarct size | | the size of the infarct; infarcted area
        hepatic triglyceride content | | liver triglycerides; liver fat
        left ventricular ejection fraction | LVEF | ejection fraction; systolic function
    """),
    features=_table("""
        higher HbA1c | | poorer glycemic control; elevated glycated hemoglobin
        left ventricular hypertrophy | LVH | thickening of the heart muscle
        higher body mass index | | greater BMI; more adiposity
        coronary artery calcium | | coronary calcification; CAC scores
    """),
    samples=_table("""
        serum | | blood serum
        plasma | | blood plasma; circulating
        urine | | urinary
    """),
    drugs=_table("""
        empagliflozin | | the SGLT2 inhibitor empagliflozin
        semaglutide | | once-weekly semaglutide; the GLP-1 receptor agonist semaglutide
        tirzepatide | | the dual GIP/GLP-1 receptor agonist tirzepatide
        evolocumab | | PCSK9 inhibition with evolocumab; the PCSK9 antibody evolocumab
        inclisiran | | twice-yearly inclisiran; small interfering RNA against PCSK9
        sacubitril-valsartan | | angiotensin receptor-neprilysin inhibition; ARNI therapy
        finerenone | | the nonsteroidal mineralocorticoid receptor antagonist finerenone
        colchicine | | low-dose colchicine
        icosapent ethyl | | purified eicosapentaenoic acid; high-dose EPA
        dapagliflozin | | the SGLT2 inhibitor dapagliflozin
        catheter ablation | | pulmonary vein isolation; ablation therapy
        intensive blood-pressure lowering | | intensive blood pressure control
    """),
    comparators=_table("""
        placebo | | a matching placebo; dummy tablets
        usual care | | standard care; guideline-directed usual care
        enalapril | | the ACE inhibitor enalapril
        sitagliptin | | the DPP-4 inhibitor sitagliptin
        standard blood-pressure targets | | a systolic target below 140 mm Hg
    """),
    outcomes=_table("""
        major adverse cardiovascular events | MACE | cardiovascular death, infarction or stroke
        hospitalization for heart failure | | heart failure admission; HF hospitalization
        cardiovascular death | | death from cardiovascular causes; cardiovascular mortality
        progression to kidney failure | | end-stage kidney disease; need for dialysis
        new-onset diabetes | | incident diabetes; development of diabetes
        recurrent stroke | | stroke recurrence; a second stroke
    """),
    adverse=_table("""
        genital mycotic infections | | genital fungal infections
        gastrointestinal adverse events | | nausea and vomiting; gastrointestinal side effects
        hyperkalemia | | high serum potassium; elevated potassium levels
        symptomatic hypotension | | low blood pressure with symptoms
    """),
    journals=(
        "Circulation",
        "Diabetes",
        "Diabetes Care",
        "European Heart Journal",
        "Journal of the American College of Cardiology",
        "Cell Metabolism",
        "Hepatology",
        "Kidney International",
    ),
)

NEUROLOGY = Domain(
    name="neurology",
    burden="a leading cause of disability in adults",
    unmet="Treatments that modify the course of the disease remain limited.",
    diseases=_table("""
        Alzheimer's disease | AD | Alzheimer disease; Alzheimer's dementia
        Parkinson's disease | PD | Parkinson disease
        amyotrophic lateral sclerosis | ALS | motor neuron disease; Lou Gehrig's disease
        relapsing-remitting multiple sclerosis | RRMS | relapsing multiple sclerosis
        major depressive disorder | MDD | major depression; clinical depression
        schizophrenia | | schizophrenic psychosis
        temporal lobe epilepsy | TLE | mesial temporal lobe epilepsy
        autism spectrum disorder | ASD | autism
        traumatic brain injury | TBI | head injury; brain trauma
        Huntington's disease | HD | Huntington disease; Huntington's chorea
    """),
    focus=_table("""
        TREM2 | | triggering receptor expressed on myeloid cells 2
        APOE4 | | apolipoprotein E4; APOE ε4
        α-synuclein | | alpha-synuclein; SNCA
        tau | | microtubule-associated protein tau; MAPT
        amyloid-β | Aβ | beta-amyloid; amyloid beta
        LRRK2 | | leucine-rich repeat kinase 2
        BDNF | | brain-derived neurotrophic factor
        TDP-43 | | TAR DNA-binding protein 43
        GBA1 | | glucocerebrosidase; GCase
        complement C3 | | C3; complement component 3
        CX3CR1 | | fractalkine receptor
        IL-1β | | interleukin-1 beta; IL1B
    """),
    markers=_table("""
        neurofilament light chain | NfL | neurofilament light
        GFAP | | glial fibrillary acidic protein
        p-tau217 | | tau phosphorylated at threonine 217; phosphorylated tau 217
    """),
    processes=_table("""
        neuroinflammation | | brain inflammation; inflammation of the central nervous system
        synapse loss | | synaptic loss; loss of synapses
        neuronal apoptosis | | neuronal death; death of neurons
        microglial activation | | reactive microgliosis; activation of microglia
        demyelination | | myelin loss; loss of myelin
        long-term potentiation | LTP | synaptic potentiation; synaptic strengthening
        blood-brain barrier breakdown | | loss of blood-brain barrier integrity; BBB leakage
        protein aggregation | | aggregate formation; misfolded protein accumulation
        mitophagy | | mitochondrial autophagy; clearance of damaged mitochondria
        adult hippocampal neurogenesis | | generation of new neurons; adult neurogenesis
        synaptic pruning | | elimination of synapses; pruning of synapses
        axonal degeneration | | axon degeneration; axonal loss
        excitotoxicity | | glutamate excitotoxicity; excitotoxic neuronal injury
        reactive astrogliosis | | astrocyte reactivity; astrogliosis
    """),
    cells=_table("""
        microglia | | brain-resident macrophages; microglial cells
        astrocytes | | astroglia; astroglial cells
        dopaminergic neurons | | midbrain dopamine neurons; DA neurons
        oligodendrocytes | | myelinating glia; oligodendroglia
        CA1 pyramidal neurons | | hippocampal pyramidal neurons; hippocampal neurons
        spinal motor neurons | | motoneurons; lower motor neurons
        iPSC-derived neurons | | neurons derived from induced pluripotent stem cells
        brain pericytes | | pericytes; mural cells of brain capillaries
        cortical interneurons | | GABAergic interneurons; inhibitory interneurons
    """),
    models=_table("""
        5xFAD mice | | 5xFAD transgenic mice; the 5XFAD model
        APP/PS1 mice | | APP/PS1 transgenic mice
        MPTP-treated mice | | MPTP-lesioned mice; the MPTP mouse model
        SOD1-G93A mice | | mutant SOD1 mice; SOD1G93A mice
        mice with experimental autoimmune encephalomyelitis | EAE | EAE mice
        cuprizone-fed mice | | the cuprizone demyelination model
        mice exposed to chronic social defeat stress | | socially defeated mice
        kainic acid-treated mice | | the kainate seizure model
    """),
    readouts=_table("""
        spatial memory deficits | | impaired spatial learning; memory impairment
        motor deficits | | motor impairment; poor rotarod performance
        amyloid plaque burden | | plaque load; amyloid deposition
        loss of nigral dopaminergic neurons | | nigral neuron loss; dopaminergic cell loss
        seizure frequency | | the number of seizures; recurrent seizures
        depressive-like behavior | | despair behaviour; anhedonia-like behavior
    """),
    features=_table("""
        faster cognitive decline | | more rapid cognitive deterioration; steeper MMSE decline
        greater hippocampal atrophy | | smaller hippocampal volume; hippocampal shrinkage
        higher disability scores | | worse EDSS scores; greater disability
        earlier age at onset | | younger age at symptom onset
    """),
    samples=_table("""
        cerebrospinal fluid | CSF | spinal fluid
        plasma | | blood plasma; circulating
        serum | | blood serum
    """),
    drugs=_table("""
        lecanemab | | the anti-amyloid antibody lecanemab
        donanemab | | the amyloid-targeting antibody donanemab
        subthalamic deep brain stimulation | DBS | deep brain stimulation
        tofersen | | the antisense oligonucleotide tofersen
        ocrelizumab | | anti-CD20 therapy with ocrelizumab
        esketamine nasal spray | | intranasal esketamine
        psilocybin | | psilocybin therapy; a single dose of psilocybin
        cenobamate | | adjunctive cenobamate
        repetitive transcranial magnetic stimulation | rTMS | magnetic brain stimulation
        tranexamic acid | TXA | early tranexamic acid
        exenatide | | the GLP-1 agonist exenatide
    """),
    comparators=_table("""
        placebo | | a matching placebo; dummy tablets
        escitalopram | | the SSRI escitalopram
        interferon beta-1a | | interferon therapy
        best medical therapy | | standard medical management
    """),
    outcomes=_table("""
        progression to dementia | | conversion to dementia; dementia onset
        confirmed disability progression | | disability worsening; sustained disability progression
        clinical relapse | | relapse; disease relapse
        recurrence of a depressive episode | | depressive relapse; recurrence of depression
        seizure recurrence | | recurrent seizures; breakthrough seizures
        death or severe disability | | unfavorable functional outcome; death or dependency
    """),
    adverse=_table("""
        amyloid-related imaging abnormalities | ARIA | brain edema or microhemorrhage
        dissociative symptoms | | dissociation
        infusion-related reactions | | infusion reactions
        headache | | headaches
    """),
    journals=(
        "Neuron",
        "Brain",
        "Annals of Neurology",
        "Lancet Neurology",
        "JAMA Neurology",
        "Nature Neuroscience",
        "Journal of Neuroscience",
        "Molecular Psychiatry",
    ),
)

IMMUNOLOGY = Domain(
    name="immunology",
    burden="a major cause of morbidity worldwide",
    unmet="Many patients respond poorly to the therapies available today.",
    diseases=_table("""
        sepsis | | septicemia; sepsis syndrome
        pulmonary tuberculosis | TB | tuberculosis; Mycobacterium tuberculosis infection
        HIV-1 infection | | HIV infection; human immunodeficiency virus infection
        Plasmodium falciparum malaria | | falciparum malaria; malaria
        COVID-19 | | SARS-CoV-2 infection; coronavirus disease 2019
        rheumatoid arthritis | RA | rheumatoid disease
        systemic lupus erythematosus | SLE | lupus
        ulcerative colitis | UC | colitis
        plaque psoriasis | | psoriasis; psoriatic skin disease
        allergic asthma | | atopic asthma; eosinophilic asthma
        type 1 diabetes | T1D | autoimmune diabetes; juvenile-onset diabetes
    """),
    focus=_table("""
        IL-17A | | interleukin-17A; IL-17
        IFN-γ | | interferon gamma; IFNG
        TLR4 | | Toll-like receptor 4
        FOXP3 | | forkhead box P3
        STING | | stimulator of interferon genes; TMEM173
        JAK1 | | Janus kinase 1
        IL-10 | | interleukin-10
        PD-1 | | programmed cell death protein 1; PDCD1
        IL-33 | | interleukin-33
        gasdermin D | GSDMD | pore-forming gasdermin D
        TNF-α | | tumor necrosis factor alpha; TNF
        IL-23 | | interleukin-23
        CXCL10 | | IP-10; interferon gamma-induced protein 10
        type I interferon | IFN-I | interferon alpha/beta
    """),
    markers=_table("""
        procalcitonin | PCT | serum procalcitonin
        presepsin | | soluble CD14 subtype
        anti-dsDNA antibodies | | antibodies to double-stranded DNA
    """),
    processes=_table("""
        Th17 differentiation | | T helper 17 polarization; Th17 cell development
        cytokine storm | | hypercytokinemia; excessive cytokine release
        neutrophil extracellular trap formation | NETosis | NET release
        antibody class switching | | immunoglobulin class-switch recombination
        viral replication | | virus replication; viral propagation
        granuloma formation | | granuloma development
        inflammasome activation | | inflammasome assembly
        T cell exhaustion | | T-cell dysfunction; exhaustion of T cells
        intestinal barrier dysfunction | | gut barrier breakdown; epithelial barrier leakiness
        pyroptosis | | inflammatory cell death; gasdermin-mediated cell death
        bacterial clearance | | pathogen clearance; killing of bacteria
        germinal center formation | | germinal centre reactions
        eosinophilic airway inflammation | | airway eosinophilia
        trained immunity | | innate immune memory
    """),
    cells=_table("""
        Th17 cells | | T helper 17 cells; IL-17-producing CD4+ T cells
        B cells | | B lymphocytes
        neutrophils | | polymorphonuclear leukocytes; PMNs
        classical monocytes | | circulating monocytes; blood monocytes
        plasmacytoid dendritic cells | pDCs | plasmacytoid DCs
        alveolar macrophages | | lung-resident macrophages; airway macrophages
        intestinal epithelial cells | IECs | gut epithelial cells
        follicular helper T cells | Tfh cells | T follicular helper cells
        group 2 innate lymphoid cells | ILC2s | type 2 innate lymphoid cells
        epidermal keratinocytes | | keratinocytes
        fibroblast-like synoviocytes | FLS | synovial fibroblasts
    """),
    models=_table("""
        mice after cecal ligation and puncture | CLP | the polymicrobial sepsis model
        mice with dextran sulfate sodium-induced colitis | | DSS colitis mice; the DSS colitis model
        mice with collagen-induced arthritis | CIA | the collagen-induced arthritis model
        imiquimod-treated mice | | the imiquimod psoriasis model
        ovalbumin-sensitized mice | | OVA-challenged mice; the ovalbumin asthma model
        Mycobacterium tuberculosis-infected mice | | Mtb-infected mice
        K18-hACE2 transgenic mice | | hACE2 mice
        lupus-prone MRL/lpr mice | | MRL/lpr mice
    """),
    readouts=_table("""
        survival after infection | | post-infection survival; mortality of infected mice
        lung bacterial burden | | bacterial load in the lungs; pulmonary CFU counts
        colitis severity | | colonic inflammation scores; weight loss and colon shortening
        arthritis scores | | joint swelling; clinical arthritis severity
        airway hyperresponsiveness | | bronchial hyperreactivity; airway hyperreactivity
        proteinuria | | urinary protein loss; albuminuria
    """),
    features=_table("""
        higher disease activity | | more active disease; higher disease activity scores
        organ dysfunction | | multi-organ failure; higher SOFA scores
        higher viral load | | more viremia; greater viral burden
        treatment-refractory disease | | refractory disease; failure of conventional therapy
    """),
    samples=_table("""
        serum | | blood serum
        plasma | | blood plasma; circulating
        bronchoalveolar lavage fluid | BALF | lavage fluid
    """),
    drugs=_table("""
        tocilizumab | | IL-6 receptor blockade; the anti-IL-6 receptor antibody tocilizumab
        dexamethasone | | low-dose dexamethasone
        baricitinib | | the JAK inhibitor baricitinib
        nirmatrelvir-ritonavir | | ritonavir-boosted nirmatrelvir
        adalimumab | | anti-TNF therapy with adalimumab
        ustekinumab | | IL-12/23 blockade; the anti-p40 antibody ustekinumab
        upadacitinib | | the selective JAK1 inhibitor upadacitinib
        anifrolumab | | type I interferon receptor blockade
        bedaquiline | | a bedaquiline-containing regimen
        dupilumab | | IL-4 receptor alpha blockade; anti-IL-4Rα therapy
        hydrocortisone | | low-dose hydrocortisone; stress-dose corticosteroids
    """),
    comparators=_table("""
        placebo | | a matching placebo; dummy tablets
        usual care | | standard care; standard of care
        methotrexate | | methotrexate monotherapy
        infliximab | | the anti-TNF antibody infliximab
        standard therapy | | conventional therapy
    """),
    outcomes=_table("""
        death at 28 days | | 28-day mortality; mortality at day 28
        invasive mechanical ventilation | | need for intubation; mechanical ventilation
        treatment failure | | failure of treatment; lack of response
        disease flare | | flare; flares of disease activity
        severe exacerbation | | exacerbation requiring systemic glucocorticoids
        hospitalization or death | | hospital admission or death
    """),
    adverse=_table("""
        serious infections | | serious infectious complications
        herpes zoster | | shingles; zoster reactivation
        injection-site reactions | | injection site reactions
        elevated liver enzymes | | transaminase elevations; raised ALT
    """),
    journals=(
        "Immunity",
        "Journal of Immunology",
        "Nature Immunology",
        "Lancet Infectious Diseases",
        "Annals of the Rheumatic Diseases",
        "Journal of Allergy and Clinical Immunology",
        "Clinical Infectious Diseases",
        "Gastroenterology",
    ),
)

DOMAINS = (ONCOLOGY, CARDIOMETABOLIC, NEUROLOGY, IMMUNOLOGY)

PATHWAYS = _table("""
    PI3K/AKT | | phosphoinositide 3-kinase/AKT; PI3K-Akt
    MAPK/ERK | | ERK1/2; mitogen-activated protein kinase
    Wnt/β-catenin | | canonical Wnt; β-catenin
    NF-κB | | nuclear factor kappa B; NF-kappaB
    JAK/STAT | | Janus kinase/STAT; JAK-STAT
    TGF-β/SMAD | | transforming growth factor beta; TGF-β-SMAD
    Hippo | | Hippo-YAP; Hippo/YAP
    mTORC1 | | mechanistic target of rapamycin complex 1; mTOR
    Notch | | Notch1; Notch receptor
    AMPK | | AMP-activated protein kinase
    cGAS-STING | | cGAS/STING; cyclic GMP-AMP synthase-STING
    p38 MAPK | | p38 mitogen-activated protein kinase; p38
""")
TECHNIQUES = (
    "CRISPR-Cas9 knockout",
    "single-cell RNA sequencing",
    "bulk RNA sequencing",
    "chromatin immunoprecipitation",
    "co-immunoprecipitation",
    "lentiviral overexpression",
    "siRNA-mediated knockdown",
    "flow cytometry",
    "immunohistochemistry",
    "western blotting",
    "luciferase reporter assays",
    "Seahorse metabolic flux analysis",
    "mass spectrometry-based proteomics",
    "live-cell imaging",
    "spatial transcriptomics",
    "ATAC sequencing",
)
ASSAYS = (
    "an enzyme-linked immunosorbent assay",
    "a single-molecule array (Simoa) assay",
    "an electrochemiluminescence immunoassay",
    "targeted mass spectrometry",
    "quantitative RT-PCR",
)
POPULATIONS = _table("""
    postmenopausal women | | women after menopause
    adults aged 65 years or older | | older adults; elderly people; people over 65
    children and adolescents | | young people; paediatric participants
    Chinese adults | | adults in China; a Chinese population
    US veterans | | American veterans; former US service members
    pregnant women | | expectant mothers; women during pregnancy
    current smokers | | active smokers; people who smoke
    individuals of African ancestry | | people of African descent; Black individuals
    Korean adults | | adults in South Korea
    female nurses | | women working as nurses; nurses
    middle-aged men | | men in midlife; adult men
    Danish residents | | people living in Denmark; the Danish population
    UK Biobank participants | | middle-aged British adults; adults in the UK Biobank
    Japanese workers | | employees in Japan; the Japanese workforce
    Hispanic adults | | Latino adults; Hispanic/Latino adults
    rural Indian adults | | adults in rural India; villagers in India
""")
TRIAL_POPULATIONS = _table("""
    previously untreated patients | | treatment-naive patients; first-line patients
    previously treated patients | | patients with prior therapy; pretreated patients
    patients aged 70 years or older | | older patients; elderly patients
    hospitalized patients | | inpatients; patients admitted to hospital
    patients at high baseline risk | | high-risk patients
    outpatients | | ambulatory patients; patients treated in outpatient clinics
    women | | female patients
    patients in low-income countries | | patients in resource-limited settings
""")
SUBGROUPS = _table("""
    women | | female participants; females
    men | | male participants; males
    participants younger than 50 years | | younger participants; younger adults
    participants with obesity | | obese participants; people with obesity
    never-smokers | | people who never smoked; non-smokers
    carriers of the APOE ε4 allele | | APOE4 carriers
    participants with low socioeconomic status | | socioeconomically disadvantaged participants
    participants with diabetes | | diabetic participants; people with diabetes
""")
EXPOSURES = _table("""
    cigarette smoking | | tobacco smoking; smoking
    long-term exposure to fine particulate matter | PM2.5 | ambient fine particles; air pollution
    night shift work | | shift work; working night shifts
    short sleep duration | | insufficient sleep; sleeping less than six hours a night
    heavy alcohol consumption | | heavy drinking; high alcohol intake
    consumption of sugar-sweetened beverages | | sugary drink intake; soft drink consumption
    vitamin D deficiency | | low vitamin D status; low serum 25-hydroxyvitamin D
    physical inactivity | | sedentary behaviour; lack of exercise
    processed meat intake | | processed meat consumption; eating processed meat
    ultra-processed food consumption | | intake of ultra-processed foods
    social isolation | | loneliness; lack of social contact
    occupational pesticide exposure | | pesticide exposure at work
    periodontitis | | gum disease; periodontal disease
    Helicobacter pylori infection | | H. pylori infection
    road traffic noise | | traffic noise exposure; exposure to road noise
    high sodium intake | | high salt consumption; excess dietary salt
""")
COHORTS = (
    "a nationwide registry",
    "a prospective population-based cohort",
    "a multicentre prospective cohort",
    "a community-based cohort",
    "a health-insurance claims database",
    "a hospital-based cohort",
)
EPI_DESIGNS = _table("""
    prospective cohort study | | cohort study; longitudinal cohort
    retrospective cohort study | | registry-based cohort study; retrospective cohort analysis
    case-cohort study | | nested case-cohort analysis
""")
PROCEDURES = frozenset(
    {
        "stereotactic body radiotherapy",
        "catheter ablation",
        "intensive blood-pressure lowering",
        "subthalamic deep brain stimulation",
        "repetitive transcranial magnetic stimulation",
    }
)
# Comparators for a procedure: a sham, or what patients get without it.
SHAM = _table("""
    a sham procedure | | sham treatment; sham stimulation
""")
OPEN = frozenset(
    {
        "usual care",
        "observation",
        "best supportive care",
        "best medical therapy",
        "standard blood-pressure targets",
        "standard therapy",
    }
)
TRIAL_DESIGNS = (
    "randomized, double-blind, placebo-controlled",
    "multicentre, open-label, randomized",
    "pragmatic, randomized",
    "phase 3, randomized",
    "investigator-initiated, randomized",
)

# Verbs by the direction of an effect, as (infinitive, present, past) triples.
_PROMOTE = (
    ("promote", "promotes", "promoted"),
    ("enhance", "enhances", "enhanced"),
    ("stimulate", "stimulates", "stimulated"),
    ("augment", "augments", "augmented"),
    ("potentiate", "potentiates", "potentiated"),
    ("facilitate", "facilitates", "facilitated"),
)
_INHIBIT = (
    ("suppress", "suppresses", "suppressed"),
    ("inhibit", "inhibits", "inhibited"),
    ("attenuate", "attenuates", "attenuated"),
    ("restrain", "restrains", "restrained"),
    ("dampen", "dampens", "dampened"),
    ("limit", "limits", "limited"),
)
_RAISE = (
    ("increase", "increases", "increased"),
    ("raise", "raises", "raised"),
    ("elevate", "elevates", "elevated"),
    ("boost", "boosts", "boosted"),
)
_LOWER = (
    ("reduce", "reduces", "reduced"),
    ("lower", "lowers", "lowered"),
    ("decrease", "decreases", "decreased"),
    ("diminish", "diminishes", "diminished"),
)


def _verb(triples: tuple[tuple[str, str, str], ...], form: int, first: int = 0) -> Entity:
    words = [t[form] for t in triples]
    return Entity(words[first], synonyms=tuple(w for i, w in enumerate(words) if i != first))


def _direction_words(direction: int, rng: random.Random) -> dict[str, Entity]:
    """Words that depend on which way an effect goes; the abstract picks one of each."""
    up = _PROMOTE if direction > 0 else _INHIBIT
    more, less = (_RAISE, _LOWER) if direction > 0 else (_LOWER, _RAISE)
    pick = rng.randrange(6)
    return {
        "promote": _verb(up, 0, pick),
        "promotes": _verb(up, 1, pick),
        "promoted": _verb(up, 2, pick),
        # What removing the factor does: the opposite of what the factor does.
        "loss_changes": _verb(less, 1, rng.randrange(4)),
        "loss_changed": _verb(less, 2, rng.randrange(4)),
        "changed": _verb(more, 2, rng.randrange(4)),
        "higher": Entity("higher", synonyms=("greater", "increased", "elevated"))
        if direction > 0
        else Entity("lower", synonyms=("reduced", "decreased", "smaller")),
        "upregulated": Entity("upregulated", synonyms=("overexpressed", "elevated", "increased"))
        if direction > 0
        else Entity("downregulated", synonyms=("reduced", "decreased", "depleted")),
        "regulator": Entity("driver", synonyms=("positive regulator", "promoter"))
        if direction > 0
        else Entity("brake", synonyms=("negative regulator", "suppressor")),
        "protects": Entity("exacerbates", synonyms=("worsens", "aggravates"))
        if direction < 0
        else Entity("protects against", synonyms=("prevents", "attenuates", "ameliorates")),
        "protected": Entity("exacerbated", synonyms=("worsened", "aggravated"))
        if direction < 0
        else Entity("protected against", synonyms=("prevented", "attenuated", "ameliorated")),
        "protected_adj": Entity("more susceptible to", synonyms=("prone to", "sensitized to"))
        if direction < 0
        else Entity("protected from", synonyms=("resistant to", "shielded from")),
    }


# Slots whose words change with the direction of an effect: a claim can be negated there.
_DIRECTIONAL = frozenset(_direction_words(1, random.Random(0))) | {"effect"}

_TRIAL_EFFECT = {
    1: Entity(
        "reduces the risk of",
        synonyms=(
            "lowers the rate of",
            "prevents",
            "decreases the incidence of",
            "cuts the risk of",
        ),
    ),
    0: Entity(
        "does not reduce the risk of",
        synonyms=("has no significant effect on", "fails to lower the rate of", "does not prevent"),
    ),
    -1: Entity(
        "increases the risk of",
        synonyms=("raises the rate of", "makes more likely", "is associated with more"),
    ),
}

_UNITS = "zero one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def number_words(value: int) -> str:
    """English words for 0-99 ("forty-two"): claims sometimes spell numbers out."""
    if value < 10:
        return _UNITS[value]
    if value < 20:
        return _TEENS[value - 10]
    tens, units = divmod(value, 10)
    return _TENS[tens] + (f"-{_UNITS[units]}" if units else "")


def _percent(value: int) -> Entity:
    return Entity(
        f"{value}%", synonyms=(f"{value} percent", f"{number_words(value)} percent"), literal=True
    )


def _risk_change(ratio: float) -> Entity:
    """A hazard or odds ratio as a claim would say it: "an 84% higher risk"."""
    change = round(abs(ratio - 1) * 100)
    way = "higher" if ratio > 1 else "lower"
    forms = [f"a {change}% {way} risk", f"a {change} percent {way} risk"]
    if ratio >= 1.9:
        forms.append(f"a {number_words(round(ratio))}-fold risk")
    return Entity(forms[0], synonyms=tuple(forms[1:]), literal=True)


def _fold(value: float) -> Entity:
    whole = int(value)
    forms = [f"{value:.1f}-fold", f"more than {number_words(whole)}fold"]
    return Entity(forms[0], synonyms=tuple(forms[1:]), literal=True)


def _p_value(rng: random.Random) -> str:
    return rng.choice(("< 0.001", "= 0.002", "= 0.004", "= 0.01", "= 0.03", "< 0.01"))


# "a" before a vowel sound: "an elevated risk", "an 84% higher risk", "an 11.2-fold".
_REPEAT = re.compile(r"\b(\w+) \1\b")
_AN = re.compile(r"\b([Aa]) (?=[aeio]|8|11\b|11[.%]|18\b|18[.%])")


def _cap(text: str) -> str:
    """Tidy a sentence: no doubled word ("circulating circulating tumor DNA"), "a"/"an" as
    sounded, and a capital first letter unless the first word
    is a symbol (miR-21, c-Myc).
    """
    text = _AN.sub(r"\1n ", _REPEAT.sub(r"\1", text))
    first = text.split(" ", 1)[0]
    if first[:1].isascii() and first[:1].islower() and not any(ch.isupper() for ch in first):
        return text[0].upper() + text[1:]
    return text


class _Fill(string.Formatter):
    """``str.format`` that names each entity through a voice, left to right."""

    def __init__(self, say: Callable[[Entity], str]) -> None:
        self._say = say

    def get_value(self, key: Any, args: Any, kwargs: Any) -> Any:
        value = kwargs[key]
        return self._say(value) if isinstance(value, Entity) else value


class _AbstractVoice:
    """How one abstract names things: it defines an abbreviation once and keeps to its
    chosen name; different abstracts choose differently, as authors do.
    """

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.style: dict[Entity, str] = {}
        self.used: dict[Entity, set[str]] = {}

    def say(self, entity: Entity) -> str:
        if entity.literal:
            return self._use(entity, entity.name)
        if entity not in self.style:
            r = self.rng.random()
            if entity.abbr and r < 0.5:
                self.style[entity] = "define"
                return self._use(entity, f"{entity.name} ({entity.abbr})", entity.name, entity.abbr)
            if entity.abbr and r < 0.7:
                self.style[entity] = entity.abbr
            elif entity.synonyms and r > 0.88:
                self.style[entity] = self.rng.choice(entity.synonyms)
            else:
                self.style[entity] = entity.name
        style = self.style[entity]
        return self._use(entity, entity.abbr if style == "define" else style)

    def title(self, entity: Entity) -> str:
        """A title spells names out (or uses the abbreviation the abstract settles on)."""
        style = self.style.get(entity)
        if style is None:
            self.say(entity)
            style = self.style.get(entity, entity.name)
        word = entity.name if style == "define" else style
        self.used.setdefault(entity, set()).add(word)
        return word

    def _use(self, entity: Entity, text: str, *forms: str) -> str:
        self.used.setdefault(entity, set()).update(forms or (text,))
        return text


class _ClaimVoice:
    """How a claim names things: often otherwise than its abstract did."""

    def __init__(self, rng: random.Random, written: _AbstractVoice, paraphrase: float) -> None:
        self.rng = rng
        self.written = written
        self.paraphrase = paraphrase

    def say(self, entity: Entity) -> str:
        used = self.written.used.get(entity, {entity.name})
        other = [f for f in entity.forms if f not in used]
        if other and self.rng.random() < self.paraphrase:
            return self.rng.choice(other)
        return self.rng.choice(sorted(used))


@dataclass
class Fact:
    """One finding of an abstract and the claims that may restate it.

    ``roles`` are the entities that identify the finding; each claim template names some of
    them (its second item), and a claim is kept only if no other abstract has a finding with
    the same entities in those roles.
    """

    source: str
    evidence: str
    roles: dict[str, Entity]
    slots: dict[str, Any]
    direction: int
    templates: tuple[tuple[str, tuple[str, ...]], ...]
    flip: dict[int, int] = field(default_factory=lambda: {1: -1, -1: 1})


@dataclass
class Abstract:
    doc_id: str
    domain: Domain
    kind: str
    title: str
    sections: list[tuple[str, list[str]]]
    facts: list[Fact]
    voice: _AbstractVoice
    meta: dict[str, Any]

    def body_words(self) -> int:
        return sum(len(s.split()) for _, sentences in self.sections for s in sentences)


def _pick(rng: random.Random, items: Iterable[Any], k: int) -> list[Any]:
    return rng.sample(list(items), k)


def _listed(words: list[str]) -> str:
    return ", ".join(words[:-1]) + " and " + words[-1]


class _Writer:
    """Writes one abstract: sentences from templates, each entity named by the abstract's voice."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.voice = _AbstractVoice(rng)
        self._fill = _Fill(self.voice.say)

    def sentence(self, template: str, **slots: Any) -> str:
        return _cap(self._fill.format(template, **slots))

    def title(self, template: str, **slots: Any) -> str:
        return _cap(_Fill(self.voice.title).format(template, **slots))


def _fit(
    rng: random.Random,
    parts: dict[str, list[tuple[str, bool]]],
) -> list[tuple[str, list[str]]]:
    """Drop optional sentences (second item True) until the abstract is at most MAX_WORDS."""
    order = ["Background", "Methods", "Results", "Conclusions"]

    words = sum(len(s.split()) for part in parts.values() for s, _ in part)
    optional = [(name, i) for name in order for i, (_, opt) in enumerate(parts[name]) if opt]
    rng.shuffle(optional)
    dropped: set[tuple[str, int]] = set()
    for name, i in optional:
        if words <= MAX_WORDS:
            break
        dropped.add((name, i))
        words -= len(parts[name][i][0].split())
    return [
        (name, [s for i, (s, _) in enumerate(parts[name]) if (name, i) not in dropped])
        for name in order
    ]


def _fact(
    source: str,
    evidence: str,
    slots: dict[str, Any],
    roles: tuple[str, ...],
    direction: int,
    *templates: tuple[str, tuple[str, ...]],
    flip: dict[int, int] | None = None,
) -> Fact:
    return Fact(
        source,
        evidence,
        {role: slots[role] for role in roles},
        slots,
        direction,
        templates,
        {1: -1, -1: 1} if flip is None else flip,
    )


def _mechanism(rng: random.Random, domain: Domain, cluster: dict, spec: dict) -> Abstract:
    """A laboratory study: a gene, acting in one cell type, drives or restrains a process."""
    w = _Writer(rng)
    d = spec["direction"]
    s = {
        "focus": cluster["focus"],
        "disease": cluster["disease"],
        **{k: spec[k] for k in ("process", "cell", "pathway", "model", "readout", "feature")},
        "other1": spec["others"][0],
        "other2": spec["others"][1],
        "pct": _percent(rng.randint(28, 76)),
        "pct2": _percent(rng.randint(30, 70)),
        "fold": _fold(rng.uniform(1.8, 5.5)),
        "n": str(rng.randint(48, 420)),
        "genes": str(rng.randint(120, 2400)),
        "p": _p_value(rng),
        "p2": _p_value(rng),
        "techniques": _listed(_pick(rng, TECHNIQUES, 3)),
        **_direction_words(d, rng),
    }
    title = w.title(
        rng.choice(
            (
                "{focus} {promotes} {process} in {disease} via {pathway} signaling",
                "{focus} in {cell} controls {process} through the {pathway} pathway",
                "The {focus}-{pathway} axis in {cell} regulates {process} in {disease}",
                "{focus} is a {regulator} of {process} in {cell}",
            )
        ),
        **s,
    )
    say = w.sentence
    background = [
        (say("{disease} remains " + domain.burden + ".", **s), True),
        (say(domain.unmet, **s), True),
        (
            say(
                "{focus} is frequently dysregulated in {disease} and has been linked to "
                "{other1} and {other2}.",
                **s,
            ),
            False,
        ),
        (say("Whether {focus} in {cell} contributes to {process} remains unclear.", **s), False),
    ]
    methods = [
        (
            say(
                "We combined {techniques} in {cell} obtained from {n} patients with {disease} "
                "and validated the findings in {model}.",
                **s,
            ),
            False,
        ),
        (
            say(
                "Gain- and loss-of-function experiments were performed in primary cells and "
                "in established cell lines.",
                **s,
            ),
            True,
        ),
    ]
    expression = say(
        "{focus} was {upregulated} {fold} in {cell} from patients with {disease} compared with "
        "controls (P {p}).",
        **s,
    )
    main = say(
        "Silencing of {focus} {loss_changed} {process} by {pct} (P {p2}), whereas its "
        "overexpression had the opposite effect.",
        **s,
    )
    profile = say(
        "Transcriptomic profiling showed that {focus} regulated {genes} genes, but genes linked "
        "to {other1} were not enriched.",
        **s,
    )
    pathway = say(
        "Mechanistically, {focus} acted through {pathway} signaling, and pharmacological "
        "inhibition of {pathway} abolished the effect of {focus} on {process}.",
        **s,
    )
    in_vivo = say("In {model}, depletion of {focus} {loss_changed} {readout} by {pct2}.", **s)
    clinical = say(
        "In tissue from {n} patients, high {focus} expression was associated with {feature}.", **s
    )
    conclusion = say(
        rng.choice(
            (
                "These findings identify {focus} as a {regulator} of {process} in {cell} and "
                "suggest that the {focus}-{pathway} axis is a therapeutic target in {disease}.",
                "Our data indicate that {focus} {promotes} {process} in {disease} by acting "
                "through {pathway} signaling in {cell}.",
            )
        ),
        **s,
    )
    results = [(expression, True), (main, False), (profile, True), (pathway, False)]
    results += [(in_vivo, True), (clinical, True)]
    roles = ("focus", "process", "cell", "pathway", "disease")
    facts = [
        _fact(
            "conclusion",
            conclusion,
            s,
            roles,
            d,
            ("{focus} in {cell} {promotes} {process}.", ("focus", "process", "cell")),
            (
                "{focus} {promotes} {process} through {pathway} signaling in {disease}.",
                ("focus", "process", "pathway", "disease"),
            ),
            ("{process} is {promoted} by {focus} in {cell}.", ("focus", "process", "cell")),
            (
                "{focus}-dependent {pathway} activity {promotes} {process} in {disease}.",
                ("focus", "process", "pathway", "disease"),
            ),
            (
                "In {disease}, {focus} acts in {cell} as a {regulator} of {process}.",
                ("focus", "process", "cell", "disease"),
            ),
        ),
        _fact(
            "result",
            main,
            s,
            roles,
            d,
            (
                "Knocking down {focus} in {cell} {loss_changes} {process} by {pct}.",
                ("focus", "process", "cell"),
            ),
            (
                "Loss of {focus} {loss_changes} {process} in {cell} from patients with {disease}.",
                ("focus", "process", "cell", "disease"),
            ),
        ),
        _fact(
            "result",
            pathway,
            s,
            roles,
            d,
            (
                "Blocking {pathway} abolishes the effect of {focus} on {process}.",
                ("focus", "process", "pathway"),
            ),
            (
                "{focus} requires {pathway} signaling to {promote} {process} in {cell}.",
                ("focus", "process", "pathway", "cell"),
            ),
        ),
        _fact(
            "result",
            in_vivo,
            s,
            ("focus", "model", "readout", "disease"),
            d,
            (
                "Depleting {focus} {loss_changes} {readout} in {model}.",
                ("focus", "readout", "model"),
            ),
        ),
    ]
    parts = {"Background": background, "Methods": methods, "Results": results}
    return _abstract(rng, w, domain, "mechanism", title, parts, conclusion, facts, s)


def _knockout(rng: random.Random, domain: Domain, cluster: dict, spec: dict) -> Abstract:
    """A mouse genetics study: deleting a gene in one cell type changes a disease process."""
    w = _Writer(rng)
    d = spec["direction"]
    s = {
        "focus": cluster["focus"],
        "disease": cluster["disease"],
        **{k: spec[k] for k in ("process", "cell", "pathway", "model", "readout")},
        "other1": spec["others"][0],
        "other2": spec["others"][1],
        "pct": _percent(rng.randint(25, 70)),
        "pct2": _percent(rng.randint(30, 65)),
        "p": _p_value(rng),
        "weeks": str(rng.choice((4, 6, 8, 12, 16, 24))),
        "techniques": _listed(_pick(rng, TECHNIQUES, 2)),
        **_direction_words(d, rng),
    }
    title = w.title(
        rng.choice(
            (
                "Deletion of {focus} in {cell} {protects} {process} in a model of {disease}",
                "{focus} in {cell} {promotes} {process} and {readout}",
                "Loss of {focus} in {cell} alters {process} in {model}",
            )
        ),
        **s,
    )
    say = w.sentence
    background = [
        (say("{disease} remains " + domain.burden + ".", **s), True),
        (say(domain.unmet, **s), True),
        (
            say(
                "{focus} has been implicated in {other1} and {other2}, but its function in "
                "{cell} is unknown.",
                **s,
            ),
            False,
        ),
    ]
    methods = [
        (
            say(
                "Using a Cre-loxP strategy, we deleted {focus} specifically in {cell} of {model} "
                "and analysed the animals after {weeks} weeks with {techniques}.",
                **s,
            ),
            False,
        ),
        (
            say(
                "Littermates carrying floxed alleles without Cre served as controls, and both "
                "sexes were studied.",
                **s,
            ),
            True,
        ),
    ]
    main = say(
        "Compared with littermate controls, mice lacking {focus} in {cell} showed "
        "{loss_changed} {process} ({pct} change; P {p}).",
        **s,
    )
    readout = say("Deletion of {focus} also {loss_changed} {readout} by {pct2}.", **s)
    pathway = say(
        "{focus}-deficient {cell} displayed altered {pathway} activity, and restoring "
        "{pathway} signaling reversed the phenotype.",
        **s,
    )
    other = say(
        "In contrast, {other1} was unaffected by the deletion, indicating a selective effect.",
        **s,
    )
    conclusion = say(
        "Thus, {focus} in {cell} {promotes} {process} in {disease}, and inhibiting it may be "
        "beneficial.",
        **s,
    )
    results = [(main, False), (readout, True), (pathway, True), (other, True)]
    roles = ("focus", "process", "cell", "disease", "model")
    facts = [
        _fact(
            "result",
            main,
            s,
            roles,
            d,
            (
                "Mice lacking {focus} in {cell} are {protected_adj} {process}.",
                ("focus", "cell", "process"),
            ),
            (
                "Deleting {focus} from {cell} {loss_changes} {process} in {model}.",
                ("focus", "cell", "process", "model"),
            ),
        ),
        _fact(
            "conclusion",
            conclusion,
            s,
            roles,
            d,
            (
                "{focus} expressed by {cell} {promotes} {process} in {disease}.",
                ("focus", "cell", "process", "disease"),
            ),
            (
                "{process} in {disease} is {promoted} by {focus} in {cell}.",
                ("focus", "cell", "process", "disease"),
            ),
        ),
        _fact(
            "result",
            readout,
            s,
            ("focus", "cell", "readout", "model"),
            d,
            (
                "{focus} deficiency in {cell} {loss_changes} {readout}.",
                ("focus", "cell", "readout"),
            ),
        ),
    ]
    parts = {"Background": background, "Methods": methods, "Results": results}
    return _abstract(rng, w, domain, "knockout", title, parts, conclusion, facts, s)


def _biomarker(rng: random.Random, domain: Domain, cluster: dict, spec: dict) -> Abstract:
    """A cohort study: a circulating or tissue level predicts an outcome."""
    w = _Writer(rng)
    d = spec["direction"]
    hr = round(rng.uniform(1.35, 2.6), 2) if d > 0 else round(rng.uniform(0.45, 0.78), 2)
    c1 = rng.uniform(0.64, 0.74)
    s = {
        "focus": cluster["focus"],
        "disease": cluster["disease"],
        **{k: spec[k] for k in ("outcome", "population", "sample", "subgroup")},
        "process": spec["others"][0],
        "other1": spec["others"][1],
        "n": f"{rng.randint(380, 9800):,}",
        "events": str(rng.randint(60, 900)),
        "fu": f"{rng.uniform(2.1, 9.8):.1f}",
        "hr": f"{hr:.2f}",
        "lo": f"{hr * rng.uniform(0.62, 0.8):.2f}",
        "hi": f"{hr * rng.uniform(1.25, 1.6):.2f}",
        "risk": _risk_change(hr),
        "c1": f"{c1:.2f}",
        "c2": f"{c1 + rng.uniform(0.03, 0.09):.2f}",
        "p": _p_value(rng),
        "assay": rng.choice(ASSAYS),
        "cohort": rng.choice(COHORTS),
        "year": str(rng.randint(1995, 2015)),
        **_direction_words(d, rng),
    }
    title = w.title(
        rng.choice(
            (
                "{sample} {focus} and risk of {outcome} in {population} with {disease}",
                "Prognostic value of {sample} {focus} for {outcome} in {disease}",
                "{focus} levels predict {outcome} among {population} with {disease}: a "
                "prospective study",
            )
        ),
        **s,
    )
    say = w.sentence
    background = [
        (say("{disease} remains " + domain.burden + ".", **s), True),
        (say(domain.unmet, **s), True),
        (
            say("{focus} reflects {process} and has been proposed as a marker of {other1}.", **s),
            False,
        ),
        (
            say(
                "Whether {sample} {focus} predicts {outcome} in {population} with {disease} is "
                "unknown.",
                **s,
            ),
            True,
        ),
    ]
    methods = [
        (
            say(
                "We measured {sample} {focus} with {assay} in {n} {population} with {disease} "
                "enrolled in {cohort} since {year} and followed them for a median of {fu} years.",
                **s,
            ),
            False,
        ),
        (
            say(
                "Hazard ratios were estimated with Cox models adjusted for age, sex, kidney "
                "function and comorbidities.",
                **s,
            ),
            True,
        ),
    ]
    main = say(
        "During follow-up, {events} participants had {outcome}; the highest quartile of {focus} "
        "was associated with a {higher} risk of {outcome} compared with the lowest (hazard ratio "
        "{hr}; 95% CI {lo}-{hi}).",
        **s,
    )
    discrimination = say(
        "Adding {focus} to a clinical model improved the C-statistic from {c1} to {c2}.", **s
    )
    subgroup = say("The association was stronger among {subgroup} (P for interaction {p}).", **s)
    null = say("{focus} levels were not associated with {other1}.", **s)
    conclusion = say(
        rng.choice(
            (
                "{sample} {focus} independently predicts {outcome} in {population} with "
                "{disease} and may help to stratify risk.",
                "In {population} with {disease}, {focus} is a robust, independent predictor of "
                "{outcome}.",
            )
        ),
        **s,
    )
    roles = ("focus", "outcome", "population", "disease", "sample")
    facts = [
        _fact(
            "result",
            main,
            s,
            roles,
            d,
            (
                "High {sample} {focus} is associated with a {higher} risk of {outcome} in "
                "{population}.",
                ("focus", "sample", "outcome", "population"),
            ),
        ),
        _fact(
            "result",
            main,
            s,
            roles,
            d,
            (
                "{population} with {disease} and high {focus} levels have {risk} of {outcome}.",
                ("focus", "population", "disease", "outcome"),
            ),
        ),
        _fact(
            "conclusion",
            conclusion,
            s,
            roles,
            d,
            (
                "{sample} {focus} predicts {outcome} in {population} with {disease}.",
                ("focus", "sample", "outcome", "population", "disease"),
            ),
            (
                "{focus} is an independent risk marker for {outcome} among {population}.",
                ("focus", "outcome", "population"),
            ),
        ),
        _fact(
            "result",
            subgroup,
            s,
            ("focus", "outcome", "subgroup", "disease"),
            d,
            (
                "The link between {focus} and {outcome} in {disease} is strongest in {subgroup}.",
                ("focus", "outcome", "subgroup", "disease"),
            ),
        ),
    ]
    results = [(main, False), (discrimination, True), (subgroup, True), (null, True)]
    parts = {"Background": background, "Methods": methods, "Results": results}
    return _abstract(rng, w, domain, "biomarker", title, parts, conclusion, facts, s)


def _trial(rng: random.Random, domain: Domain, cluster: dict, spec: dict) -> Abstract:
    """A randomised trial: a drug against a comparator, on one outcome, in one population."""
    w = _Writer(rng)
    d = spec["direction"]
    control = rng.uniform(9, 38)
    ratio = {1: rng.uniform(0.55, 0.82), 0: rng.uniform(0.93, 1.06), -1: rng.uniform(1.2, 1.5)}[d]
    upper = rng.uniform(1.08, 1.2) if d == 0 else rng.uniform(1.04, 1.1)
    s = {
        "drug": cluster["focus"],
        **{k: spec[k] for k in ("disease", "comparator", "population", "outcome", "adverse")},
        "design": rng.choice(TRIAL_DESIGNS),
        "n": f"{rng.randint(240, 6400):,}",
        "sites": str(rng.randint(12, 310)),
        "countries": str(rng.randint(2, 38)),
        "months": str(rng.choice((6, 12, 18, 24, 36, 48))),
        "fu": f"{rng.uniform(1.2, 4.5):.1f}",
        "a": f"{control * ratio:.1f}%",
        "b": f"{control:.1f}%",
        "hr": f"{ratio:.2f}",
        "lo": f"{ratio * rng.uniform(0.78, 0.88):.2f}",
        "hi": f"{ratio * upper:.2f}",
        "p": _p_value(rng) if d else f"= {rng.uniform(0.2, 0.9):.2f}",
        "x": f"{rng.uniform(6, 22):.1f}%",
        "y": f"{rng.uniform(1, 5):.1f}%",
        "discontinued": f"{rng.uniform(3, 14):.1f}%",
        "effect": _TRIAL_EFFECT[d],
        "name": "".join(rng.choice(string.ascii_uppercase) for _ in range(rng.randint(4, 7))),
    }
    result = {
        1: "a lower incidence of {outcome} than {comparator}",
        0: "an incidence of {outcome} similar to that with {comparator}",
        -1: "a higher incidence of {outcome} than {comparator}",
    }[d]
    title = w.title(
        rng.choice(
            (
                "{drug} versus {comparator} in {population} with {disease}",
                "{drug} for {disease}: the {name} randomized trial",
                "Effect of {drug} on {outcome} in {disease}: a randomized clinical trial",
            )
        ),
        **s,
    )
    say = w.sentence
    background = [
        (say("{disease} remains " + domain.burden + ".", **s), True),
        (say(domain.unmet, **s), True),
        (
            say(
                "Whether {drug} reduces {outcome} in {population} with {disease} is uncertain.", **s
            ),
            False,
        ),
    ]
    methods = [
        (
            say(
                "In this {design} trial at {sites} sites in {countries} countries, we assigned "
                "{n} {population} with {disease} to {drug} or {comparator} for {months} months.",
                **s,
            ),
            False,
        ),
        (
            say(
                "The primary outcome was {outcome}; analyses followed the intention-to-treat "
                "principle.",
                **s,
            ),
            True,
        ),
    ]
    main = say(
        "Over a median follow-up of {fu} years, {outcome} occurred in {a} of patients assigned "
        "to {drug} and in {b} of those assigned to {comparator} (hazard ratio, {hr}; 95% CI, "
        "{lo} to {hi}; P {p}).",
        **s,
    )
    adverse = say(
        "{adverse} occurred more often with {drug} than with {comparator} ({x} vs. {y}).", **s
    )
    stopped = say("Adverse events led to discontinuation in {discontinued} of patients.", **s)
    secondary = say(
        "Results were consistent across prespecified subgroups, including age, sex and baseline "
        "severity.",
        **s,
    )
    conclusion = say(
        "Among {population} with {disease}, {drug} resulted in " + result + ".",
        **s,
    )
    roles = ("drug", "comparator", "population", "outcome", "disease")
    facts = [
        _fact(
            "conclusion",
            conclusion,
            s,
            roles,
            d,
            (
                "{drug} {effect} {outcome} compared with {comparator} in {population}.",
                ("drug", "comparator", "outcome", "population"),
            ),
            (
                "In {population} with {disease}, {drug} {effect} {outcome}.",
                ("drug", "population", "disease", "outcome"),
            ),
            (
                "{drug} {effect} {outcome} in {disease} when compared with {comparator}.",
                ("drug", "comparator", "outcome", "disease"),
            ),
            flip={1: 0, 0: 1, -1: 1},
        ),
        _fact(
            "result",
            adverse,
            s,
            ("drug", "comparator", "adverse", "disease", "population"),
            d,
            (
                "The rate of {adverse} is higher with {drug} than with {comparator} in "
                "{population} with {disease}.",
                ("drug", "comparator", "adverse", "population", "disease"),
            ),
        ),
    ]
    if d:
        facts.append(
            _fact(
                "result",
                main,
                s,
                roles,
                d,
                (
                    "{drug} changed the rate of {outcome} from {b} to {a} in {population} with "
                    "{disease}.",
                    ("drug", "outcome", "population", "disease"),
                ),
            )
        )
    results = [(main, False), (adverse, True), (stopped, True), (secondary, True)]
    parts = {"Background": background, "Methods": methods, "Results": results}
    return _abstract(rng, w, domain, "trial", title, parts, conclusion, facts, s)


def _exposure(rng: random.Random, domain: Domain, cluster: dict, spec: dict) -> Abstract:
    """An observational study: an exposure and the risk of a disease in one population."""
    w = _Writer(rng)
    d = spec["direction"]
    hr = round(rng.uniform(1.25, 2.4), 2) if d > 0 else round(rng.uniform(0.6, 0.85), 2)
    s = {
        "exposure": cluster["focus"],
        **{k: spec[k] for k in ("disease", "population", "subgroup", "design", "other")},
        "n": f"{rng.randint(2000, 480000):,}",
        "events": f"{rng.randint(150, 9000):,}",
        "fu": f"{rng.uniform(4, 22):.1f}",
        "hr": f"{hr:.2f}",
        "lo": f"{hr * rng.uniform(0.7, 0.85):.2f}",
        "hi": f"{hr * rng.uniform(1.15, 1.4):.2f}",
        "risk": _risk_change(hr),
        "p": _p_value(rng),
        "cohort": rng.choice(COHORTS),
        "year": str(rng.randint(1985, 2012)),
        **_direction_words(d, rng),
    }
    title = w.title(
        rng.choice(
            (
                "{exposure} and risk of {disease} among {population}: a {design}",
                "Association of {exposure} with incident {disease} in {population}",
            )
        ),
        **s,
    )
    say = w.sentence
    background = [
        (say("{disease} remains " + domain.burden + ".", **s), True),
        (
            say(
                "{exposure} has been associated with {other}, but evidence for {disease} in "
                "{population} is limited.",
                **s,
            ),
            False,
        ),
        (
            say(
                "Earlier studies were small, relied on self-report and could not separate "
                "{exposure} from correlated lifestyle factors.",
                **s,
            ),
            True,
        ),
    ]
    methods = [
        (
            say(
                "In this {design}, we followed {n} {population} recruited into {cohort} from "
                "{year} for a median of {fu} years.",
                **s,
            ),
            False,
        ),
        (
            say(
                "Models were adjusted for age, sex, education, smoking, body mass index and "
                "physical activity.",
                **s,
            ),
            True,
        ),
    ]
    main = say(
        "We identified {events} incident cases of {disease}; {exposure} was associated with a "
        "{higher} risk (hazard ratio {hr}; 95% CI {lo}-{hi}), with a dose-response relation "
        "(P for trend {p}).",
        **s,
    )
    subgroup = say("The association was more pronounced among {subgroup}.", **s)
    sensitivity = say(
        "Findings were robust in sensitivity analyses excluding the first two years of "
        "follow-up and in analyses restricted to participants without baseline disease.",
        **s,
    )
    conclusion = say(
        "{exposure} is associated with a {higher} risk of {disease} in {population}.", **s
    )
    roles = ("exposure", "disease", "population")
    facts = [
        _fact(
            "conclusion",
            conclusion,
            s,
            roles,
            d,
            (
                "{exposure} is linked to a {higher} risk of {disease} in {population}.",
                ("exposure", "disease", "population"),
            ),
            (
                "Among {population}, {exposure} {changed} the likelihood of developing {disease}.",
                ("exposure", "disease", "population"),
            ),
        ),
        _fact(
            "result",
            main,
            s,
            roles,
            d,
            (
                "Among {population}, {exposure} is associated with {risk} of {disease}.",
                ("exposure", "disease", "population"),
            ),
        ),
        _fact(
            "result",
            subgroup,
            s,
            ("exposure", "disease", "subgroup", "population"),
            d,
            (
                "The association of {exposure} with {disease} among {population} is "
                "strongest in {subgroup}.",
                ("exposure", "disease", "subgroup", "population"),
            ),
        ),
    ]
    results = [(main, False), (subgroup, True), (sensitivity, True)]
    parts = {"Background": background, "Methods": methods, "Results": results}
    return _abstract(rng, w, domain, "exposure", title, parts, conclusion, facts, s)


def _abstract(
    rng: random.Random,
    writer: _Writer,
    domain: Domain,
    kind: str,
    title: str,
    parts: dict[str, list[tuple[str, bool]]],
    conclusion: str,
    facts: list[Fact],
    slots: dict[str, Any],
) -> Abstract:
    parts["Conclusions"] = [(conclusion, False)]
    sections = _fit(rng, parts)
    return Abstract("", domain, kind, title, sections, facts, writer.voice, dict(slots))


def _cluster_specs(rng: random.Random, flavour: str, domain: Domain, size: int) -> tuple:
    """A cluster's shared topic and its abstracts' distinct specifics (no two alike)."""
    specs: list[dict] = []
    seen: set[tuple] = set()
    if flavour == "molecular":
        focus = rng.choice(domain.focus + domain.markers)
        cluster = {"focus": focus, "disease": rng.choice(domain.diseases)}
        # A cluster studies a handful of processes and cells, so siblings overlap in one.
        processes = _pick(rng, domain.processes, rng.randint(4, 7))
        cells = _pick(rng, domain.cells, rng.randint(3, 6))
        # A circulating marker is measured, not knocked out.
        weights = (0, 0, 1) if focus in domain.markers else (5, 2, 2)
        while len(specs) < size:
            kind = rng.choices(("mechanism", "knockout", "biomarker"), weights)[0]
            spec = {"kind": kind, "direction": rng.choice((1, 1, -1))}
            if kind == "biomarker":
                spec |= {
                    "outcome": rng.choice(domain.outcomes),
                    "population": rng.choice(POPULATIONS),
                    "sample": rng.choice(domain.samples),
                    "subgroup": rng.choice(SUBGROUPS),
                    "others": _pick(rng, processes, 2),
                }
                key = (kind, spec["outcome"], spec["population"])
            else:
                spec |= {
                    "process": rng.choice(processes),
                    "cell": rng.choice(cells),
                    "pathway": rng.choice(PATHWAYS),
                    "model": rng.choice(domain.models),
                    "readout": rng.choice(domain.readouts),
                    "feature": rng.choice(domain.features),
                }
                spec["others"] = _pick(rng, [p for p in processes if p != spec["process"]], 2)
                key = ("lab", spec["process"], spec["cell"])
            if key not in seen:
                seen.add(key)
                specs.append(spec)
    elif flavour == "clinical":
        cluster = {"focus": rng.choice(domain.drugs)}
        diseases = _pick(rng, domain.diseases, rng.randint(1, 3))
        # A procedure is compared with a sham or with usual care, a drug with a drug or placebo.
        procedure = cluster["focus"].name in PROCEDURES
        comparators = [
            c for c in domain.comparators + SHAM if c.name in OPEN or (c in SHAM) == procedure
        ]
        while len(specs) < size:
            spec = {
                "kind": "trial",
                "direction": rng.choices((1, 0, -1), (6, 3, 1))[0],
                "disease": rng.choice(diseases),
                "comparator": rng.choice(comparators),
                "population": rng.choice(TRIAL_POPULATIONS),
                "outcome": rng.choice(domain.outcomes),
                "adverse": rng.choice(domain.adverse),
            }
            key = (spec["disease"], spec["population"], spec["outcome"])
            if key not in seen:
                seen.add(key)
                specs.append(spec)
    else:
        cluster = {"focus": rng.choice(EXPOSURES)}
        diseases = [d for dom in DOMAINS for d in dom.diseases]
        chosen = _pick(rng, diseases, rng.randint(2, 5))
        while len(specs) < size:
            spec = {
                "kind": "exposure",
                "direction": rng.choice((1, 1, 1, -1)),
                "disease": rng.choice(chosen),
                "population": rng.choice(POPULATIONS),
                "subgroup": rng.choice(SUBGROUPS),
                "design": rng.choice(EPI_DESIGNS),
                "other": rng.choice([d for d in chosen] + list(rng.sample(diseases, 2))),
            }
            key = (spec["disease"], spec["population"])
            if key not in seen:
                seen.add(key)
                specs.append(spec)
    return cluster, specs


# The field each disease belongs to: an exposure cluster spans fields.
_HOME = {disease: domain for domain in DOMAINS for disease in domain.diseases}

_KINDS = {
    "mechanism": _mechanism,
    "knockout": _knockout,
    "biomarker": _biomarker,
    "trial": _trial,
    "exposure": _exposure,
}


def generate_abstracts(count: int, seed: int = 2024) -> list[Abstract]:
    """``count`` abstracts in topic clusters of 10-30; the same seed gives the same set."""
    rng = random.Random(seed)
    abstracts: list[Abstract] = []
    topics: set[tuple] = set()
    while len(abstracts) < count:
        size = min(rng.randint(*CLUSTER_SIZES), count - len(abstracts))
        flavour = rng.choices(("molecular", "clinical", "epidemiological"), (6, 3, 1.5))[0]
        domain = rng.choice(DOMAINS)
        cluster, specs = _cluster_specs(rng, flavour, domain, size)
        topic = (flavour, *cluster.values())
        if topic in topics:
            continue
        topics.add(topic)
        for spec in specs:
            spec_domain = _HOME[spec["disease"]] if flavour == "epidemiological" else domain
            abstract = _KINDS[spec["kind"]](rng, spec_domain, cluster, spec)
            abstract.doc_id = f"abs-{len(abstracts):05d}"
            abstract.meta["cluster"] = len(topics) - 1
            abstracts.append(abstract)
    return abstracts


def _role_index(abstracts: list[Abstract]) -> dict[tuple[str, Entity], set[str]]:
    """(role, entity) → the abstracts with a finding that has that entity in that role."""
    index: dict[tuple[str, Entity], set[str]] = {}
    for abstract in abstracts:
        for fact in abstract.facts:
            for role, entity in fact.roles.items():
                index.setdefault((role, entity), set()).add(abstract.doc_id)
    return index


def _holders(abstracts_by_id: dict[str, Abstract], candidates: set[str], roles: dict) -> set[str]:
    """The abstracts that hold one finding with every given entity in its role."""
    return {
        doc_id
        for doc_id in candidates
        if any(
            all(fact.roles.get(role) == entity for role, entity in roles.items())
            for fact in abstracts_by_id[doc_id].facts
        )
    }


def generate_claims(
    abstracts: list[Abstract],
    count: int,
    seed: int = 7,
    paraphrase: float = 0.5,
    contradict: float = 0.2,
) -> list[dict[str, Any]]:
    """``count`` claims, each restating one finding of a distinct abstract, checked to
    single that abstract out; ``paraphrase`` is the chance a name is said otherwise.
    """
    rng = random.Random(seed)
    index = _role_index(abstracts)
    by_id = {a.doc_id: a for a in abstracts}
    claims: list[dict[str, Any]] = []
    for abstract in rng.sample(abstracts, len(abstracts)):
        if len(claims) == count:
            break
        options = [(fact, t) for fact in abstract.facts for t in fact.templates]
        rng.shuffle(options)
        for fact, (template, named) in options:
            roles = {role: fact.roles[role] for role in named if role in fact.roles}
            candidates = set.intersection(*(index[(r, e)] for r, e in roles.items()))
            if _holders(by_id, candidates, roles) != {abstract.doc_id}:
                continue
            direction, label = fact.direction, "SUPPORT"
            fields = {name for _, name, _, _ in string.Formatter().parse(template) if name}
            if fields & _DIRECTIONAL and rng.random() < contradict:
                direction, label = fact.flip[fact.direction], "CONTRADICT"
            slots = {**fact.slots, **_direction_words(direction, rng)}
            slots["effect"] = _TRIAL_EFFECT[direction]
            voice = _ClaimVoice(rng, abstract.voice, paraphrase)
            text = _cap(_Fill(voice.say).format(template, **slots))
            claims.append(
                {
                    "id": f"c{len(claims):04d}",
                    "claim": text,
                    "doc": abstract.doc_id,
                    "label": label,
                    "source": fact.source,
                    "kind": abstract.kind,
                    "cluster": abstract.meta["cluster"],
                    "evidence": fact.evidence,
                }
            )
            break
    return claims


def abstract_text(abstract: Abstract) -> str:
    """Title and abstract as plain text (what whole-abstract baselines index)."""
    body = " ".join(s for _, sentences in abstract.sections for s in sentences)
    return f"{abstract.title}. {body}"


def render(abstract: Abstract, rng: random.Random) -> str:
    """The abstract as an exorag corpus file: front matter, title, one or four sections."""
    authors = [
        f"{rng.choice(GIVEN.split())} {rng.choice(FAMILY.split())}"
        for _ in range(rng.randint(3, 8))
    ]
    year = rng.randint(2006, 2024)
    doi = f"10.5555/{abstract.doc_id}"
    front = "\n".join(
        [
            "---",
            f"id: {abstract.doc_id}",
            f"title: {json.dumps(abstract.title, ensure_ascii=False)}",
            f"authors: {json.dumps(authors, ensure_ascii=False)}",
            f"journal: {json.dumps(rng.choice(abstract.domain.journals))}",
            f'date: "{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"',
            f"doi: {doi}",
            f"url: https://doi.org/{doi}",
            'full_text_url: ""',
            "language: [en]",
            "license: CC0 1.0 (synthetic)",
            "---",
        ]
    )
    lines = [front, "", f"# {abstract.title}", ""]
    if rng.random() < 1 / 3:
        for heading, sentences in abstract.sections:
            lines += [f"## {heading}", "", " ".join(sentences), ""]
    else:
        body = " ".join(s for _, sentences in abstract.sections for s in sentences)
        lines += ["## Abstract", "", body, ""]
    return "\n".join(lines)


def write_set(
    folder: Path,
    documents: int = 1200,
    claims: int = 400,
    seed: int = 2024,
    paraphrase: float = 0.5,
) -> tuple[list[Abstract], list[dict[str, Any]]]:
    """Write ``documents`` corpus files into ``folder`` and ``claims.jsonl`` beside them.

    The claims file is written to ``folder.parent`` so that exorag does not index it.
    """
    folder.mkdir(parents=True, exist_ok=True)
    abstracts = generate_abstracts(documents, seed)
    rng = random.Random(seed + 1)
    for abstract in abstracts:
        (folder / f"{abstract.doc_id}.md").write_text(render(abstract, rng), encoding="utf-8")
    chosen = generate_claims(abstracts, claims, seed + 2, paraphrase)
    with (folder.parent / "claims.jsonl").open("w", encoding="utf-8") as out:
        for claim in chosen:
            out.write(json.dumps(claim, ensure_ascii=False) + "\n")
    return abstracts, chosen


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("folder", type=Path, help="where the corpus files go")
    parser.add_argument("--docs", type=int, default=1200)
    parser.add_argument("--claims", type=int, default=400)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    written, asked = write_set(args.folder, args.docs, args.claims, args.seed)
    print(f"{len(written)} abstracts in {args.folder}, {len(asked)} claims in claims.jsonl")
