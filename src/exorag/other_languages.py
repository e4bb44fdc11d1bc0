"""Questions asked in Spanish, Portuguese, French, German, Italian, Dutch or Catalan around
English terms ("¿cuándo recibieron el manuscript?", "Wer sind die Autoren von dem Review?"): their
question words and the record's words read in English, so that what they ask for is read as
an English question's is, and their learned words written as the English words they share a stem
with ("mecanismos", "Osteoklasten"). The domain's own terms in these languages are the
glossary's (``corpus/glossary.yaml``).

A question is read after its accents are dropped (cuándo is cuando, über is uber). Its articles,
prepositions and pronouns stay as written: they tell which language it is in, and that its
words unknown to the corpus are that language's, not technical terms the papers never use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, cached_property

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from .lexical import CJK_RUN_PATTERN, terms

# A question is in a language when it has at least this many of that language's own words.
_MOST_LANGUAGE_WORDS = 2
# Below that, the language lingua's letter models rate at least this sure of, beside English.
# Measured on the own set (24,784 questions): of those it flips from English, every one is
# written in, or mixes in, that language; at 0.9 the mixed ones ("… who is it, the auteur
# correspondant?") stay English and five more are missed; "Who's steering the ship?" is rated
# Dutch at 0.97 but holds no Dutch word (see ``_told_by_letters``).
_SURE_OF_LANGUAGE = 0.7
# Catalan, which shares its articles with Spanish, by its letters given one of its own words,
# and given two ("els … tambe"): "ei, els exosomes tambe tenen paper en la resistencia a la
# quimio?" is rated Catalan at 0.59, Spanish at 0.27.
_SURE_OF_CATALAN = _SURE_OF_LANGUAGE
_SURE_OF_CATALAN_BY_ITS_WORDS = 0.5
# Spanish opens a question with this mark.
_SPANISH_QUESTION = "¿"

_SPANISH = {
    # Advice asked of the reader: "¿qué me recomiendas hacer?", "¿cómo debo manejar …?".
    "como debo manejar": "how should I manage",
    "como debo tratar": "how should I treat",
    "como manejamos": "how do we manage",
    "como tratamos": "how do we treat",
    "recomiendas": "do you recommend",
    "recomendarias": "would you recommend",
    "recomendaria": "would you recommend",
    # Spain's vosotros: "¿Qué le recomendaríais?"
    "recomendariais": "would you recommend",
    "aconsejariais": "would you advise",
    "aconsejas": "do you advise",
    "aconsejarias": "would you advise",
    "aconsejaria": "would you advise",
    # Not "entire", which the spelling of an English word would read it as.
    "entre": "between",
    "inmune": "immune",
    "inmunes": "immune",
    "q tipo de": "what kind of",
    "q porcentaje": "what percentage",
    "info": "information",
    "llevan": "carry",
    "mets oseas": "bone mets",
    "al dx": "at diagnosis",
    "dx": "diagnosis",
    "en porcentaje": "in percent",
    "biopsia liquida": "liquid biopsy",
    # "median" the verb (mediate), not "la median overall survival".
    "que median": "that mediate",
    "median los": "mediate los",
    "median las": "mediate las",
    "median la": "mediate la",
    "median el": "mediate el",
    "median entre": "mediate between",
    "cuanto sale": "how much does it cost",
    "cuanto cuesta": "how much does it cost",
    "comparado con": "compared with",
    "comparada con": "compared with",
    "en comparacion con": "compared with",
    "muertes": "deaths",
    "en cuanto a": "regarding",
    "pasar la resistencia": "pass on resistance",
    "pasan la resistencia": "pass on resistance",
    "pasen la resistencia": "pass on resistance",
    "transmitir la resistencia": "pass on resistance",
    "transmiten la resistencia": "pass on resistance",
    "fechas de recepcion y aceptacion": "received and accepted dates",
    "fechas": "dates",
    "recepcion": "received",
    "aceptacion": "accepted",
    "mts oseas": "bone metastases",
    "mts osea": "bone metastasis",
    "medicamentos": "drugs",
    "farmacos": "drugs",
    "segun los autores": "according to the authors",
    "segun las autoras": "according to the authors",
    "gente": "people",
    "sensibles": "sensitive",
    # What the asker sets aside, and asks beside it.
    "ademas de": "besides",
    "aparte de": "besides",
    "otros": "other",
    "otras": "other",
    "otra cosa": "something else",
    "otra": "another",
    "otro": "another",
    "tasa de supervivencia": "survival rate",
    "incidencia anual": "annual incidence",
    "por cuanto tiempo": "for how long",
    "cuanto tiempo": "how long",
    "sangre": "blood",
    "sano": "healthy",
    "sana": "healthy",
    "sanos": "healthy",
    "sanas": "healthy",
    "riesgo": "risk",
    "humo": "smoke",
    "fumar": "smoking",
    "tabaco": "tobacco",
    "marcador": "marker",
    "marcadores": "markers",
    "en promedio": "on average",
    "promedio": "average",
    "marruecos": "Morocco",
    "hombres": "men",
    "mujeres": "women",
    "por mililitro": "per millilitre",
    "como se llama": "what is the name of",
    "como se llaman": "what are the names of",
    "como se titula": "what is the title of",
    "cual es el nombre de": "what is the name of",
    "titulo": "title",
    "llevar adentro": "carry inside",
    "llevan adentro": "carry inside",
    "lleva adentro": "carries inside",
    "llevar dentro": "carry inside",
    "llevan dentro": "carry inside",
    "lleva dentro": "carries inside",
    "sensibilidad": "sensitivity",
    "especificidad": "specificity",
    "resistentes y sensibles": "resistant and sensitive cells",
    "aprobado por": "approved by",
    "aprobada por": "approved by",
    "de cada 100": "out of every 100",
    "contagiar": "pass on",
    "contagia": "passes on",
    "contagian": "pass on",
    "exosomas modificados": "modified exosomes",
    "palabras clave": "keywords",
    "palabras claves": "keywords",
    "palabras-clave": "keywords",
    "estos": "these",
    "estas": "these",
    "aprobado": "approved",
    "aprobada": "approved",
    "nuevos casos": "new cases",
    "casos nuevos": "new cases",
    "casos": "cases",
    "personas": "people",
    "fecha de publicacion": "publication date",
    "alguna forma de": "some way to",
    "de que forma": "how",
    "forma de": "way to",
    "factor de impacto": "impact factor",
    "cuando": "when",
    "supervivencia global": "overall survival",
    "al final": "after all",
    "version definitiva": "final version",
    "quien": "who",
    "quienes": "who",
    "que": "what",
    "cual": "which",
    "cuales": "which",
    "donde": "where",
    "cuanto": "how much",
    "cuanta": "how much",
    "cuantos": "how many",
    "cuantas": "how many",
    "como": "how",
    "por que": "why",
    "porque": "why",
    "es": "is",
    "son": "are",
    "fue": "was",
    "pacientes": "patients",
    "porcentaje": "percentage",
    "hallazgos principales": "key findings",
    "resultados principales": "key findings",
    "proporcion": "proportion",
    "autores": "authors",
    "autor de correspondencia": "corresponding author",
    "autor correspondiente": "corresponding author",
    "autor": "author",
    "revista": "journal",
    "articulo": "article",
    "resumen en chino": "Chinese abstract",
    "resumen chino": "Chinese abstract",
    "resumen": "abstract",
    "revision": "review",
    "puntos destacados": "highlights",
    "destacados": "highlights",
    "licencia": "licence",
    "seccion": "section",
    "ciudad": "city",
    "fecha": "date",
    "referencias": "references",
    "diametro": "diameter",
    "tamano": "size",
    "se forman": "are formed",
    "supervivencia": "survival",
    "sobrevida": "survival",
    "a cinco anos": "at five years",
    "a 5 anos": "at 5 years",
    "estadio": "stage",
    "quienes firmaron": "who wrote",
    "quienes firman": "who wrote",
    "citas bibliograficas": "references",
    "manejo estandar": "standard treatment",
    "tratamiento estandar": "standard treatment",
    "estandar": "standard",
    "avanzado": "advanced",
    "escribieron": "wrote",
    "recibieron": "received",
    "aceptaron": "accepted",
    "publicaron": "published",
    "publicado": "published",
    "texto completo": "full text",
    "disponible": "available",
    "deberia pedirle": "should ask",
    "deberia pedir": "should ask",
    "deberia hacerse": "should have",
    "analisis": "analysis",
    "arn": "RNA",
    "miarn": "miRNA",
    "lncarn": "lncRNA",
    "arnm": "mRNA",
    "adn": "DNA",
    "remedios": "drugs",
    "remedio": "drug",
    "consejo practico": "practical advice",
    "consejos practicos": "practical advice",
    "algun consejo": "any advice",
    "segunda linea": "second line",
    "sintomas": "symptoms",
    "sintoma": "symptom",
    "vale la pena": "is it worth",
    "supervivencia media": "median survival",
    "vida media": "median survival",
    "meses": "months",
    "le pongo": "do I give him",
    "le doy": "do I give him",
    # "¿Consta la licencia?" asks whether it is stated, not what it costs ("costa").
    "consta": "is stated",
    "constan": "are stated",
    # ARN is RNA: "¿qué microARN específico …?" asks for one by name.
    "microarn": "microRNA",
    "microarns": "microRNAs",
    "especifico": "specific",
    "especifica": "specific",
    "especificos": "specific",
    "especificas": "specific",
    # What the asker heard or thought: "…? me suena que miRNA pero no sé qué más".
    "me suena que": "I heard that",
    "he oido que": "I heard that",
    "oi que": "I heard that",
    "lei que": "I read that",
    "crei que": "I thought that",
    "creia que": "I thought that",
    "pensaba que": "I thought that",
    # Catalan words a Barcelona asker mixes in: "amb quina llicència …?", "factor d'impacte".
    "llicencia": "licence",
    "factor d'impacte": "impact factor",
    "quina": "which",
    "quin": "which",
    "cuantes referencies": "how many references",
    "referencies": "references",
    # What weighs on the mind, which the papers never discuss.
    "estres": "stress",
    "ansiedad": "anxiety",
    "angustia": "distress",
    "mata": "kills",
    "le puedo recomendar": "can I recommend",
    "puedo recomendar": "can I recommend",
    "recomendar": "recommend",
    "manejar": "manage",
    "le puedo dar": "can I give him",
    "puedo darle": "can I give him",
    "a partir de que valor": "above what threshold value",
    "porciento": "percent",
    "como se aislan": "how are isolated",
    "q porciento": "what percent",
    "que porciento": "what percent",
    "a partir de q valor": "above what threshold value",
    "reutilizar": "reuse",
    "reutilizar figuras": "reuse figures",
    # Not the cost words an English spelling reads them as: "¿qué propuestas salen en los
    # highlights?", "me pareció leer".
    "salen en": "appear in",
    "salen": "appear",
    "me parecio": "I thought I",
    "parecio": "seemed",
    # Where a test is done: "¿un análisis que se pueda hacer acá en Mendoza?"
    "que se pueda hacer": "that can be done",
    "se puede hacer": "can be done",
    "aca": "here",
    # Mexico City: a class of drugs, then its members.
    "u": "or",
    "inhibidores de checkpoint": "checkpoint inhibitors",
    # Seville (Andalusian, final s dropped): the lead author, a keyword, how many references,
    # the cancer that kills most, modified exosomes.
    "autor principal": "main author",
    "el de correspondencia": "the corresponding one",
    "palabra clave": "keyword",
    "miden": "measure",
    "cuanto miden": "how big are",
    "el que mas gente mata": "the one that kills the most people",
    "modificao": "modified",
    "frenando": "stopping",
    "suelten": "release",
    "cuanta referencia bibliografica": "how many references",
    "cuanta referencia": "how many references",
    # Caracas: the ground exosomes prepare in bone.
    "preparan el terreno": "prepare the ground",
    "antes de que lleguen": "before arrive",
    "eso sale en": "is that in",
    "que mas hacen": "what else do they do",
    # Quito: how many years.
    "cuantos anos": "how many years",
    # Guadalajara: nursing care, moving a patient in bed.
    "cuidados de enfermeria": "nursing care",
    "como lo movilizo": "how do I move him",
    "en cama": "in bed",
    # An author's age.
    "cuantos anos tiene": "how old is",
    # Bogotá: why a treatment does not work for some people ('no le sirve'), what happens, a
    # resistance passed from a bad cell to one that still responded, how tiny exosomes are, the
    # problems a cancer brings when it goes to the bones, what the doctor said of calcium.
    "q pasa": "what happens",
    "que pasa": "what happens",
    "no le sirve": "it does not work",
    "no les sirve": "it does not work",
    "pasarle la resistencia": "transfer the resistance",
    "celula mala": "bad cell",
    "todavia respondia al tratamiento": "was still sensitive",
    "todavia responde al tratamiento": "is still sensitive",
    "que tan chiquitos": "how small",
    "chiquitos": "small",
    "problemas que trae": "problems it causes",
    "se pasa a los huesos": "spreads to the bones",
    "se paso a los huesos": "spread to the bones",
    "se le rego a los huesos": "spread to his bones",
    "se rego a los huesos": "spread to the bones",
    "calcio": "calcium",
    "el medico": "the doctor",
    # Bogotá: a father's pain he complains of.
    "dolor": "pain",
    "se queja": "complains",
    # Bogotá: a hospital that does the test.
    "hacen pruebas": "do tests",
    "hacen la prueba": "do the test",
    # Santiago: whether a clinic or hospital does it; explaining it simply.
    "lo hacen": "do it",
    "facil": "easy",
    # Havana (final s dropped): who the authors are; the H index; how many papers.
    "quiene son lo autore": "who are the authors",
    "lo autore": "the authors",
    "autore": "authors",
    "indice h": "h-index",
    "cuanto paper ha publicado": "how many papers has he published",
    # Buenos Aires: funding sources and conflicts of interest.
    "fuentes de financiamiento": "funding sources",
    "financiamiento": "funding",
    "conflictos de interes": "conflicts of interest",
    # Montevideo voseo: advice asked outright, and whether a patient should change
    # treatment.
    "le recomendas": "do you recommend for him",
    "me recomendas": "do you recommend to me",
    "le recomiendas": "do you recommend for him",
    "me recomiendas": "do you recommend to me",
    "le conviene pasarse a": "should he switch to",
    "le conviene pasar a": "should he switch to",
    "le conviene cambiar a": "should he switch to",
    # Whether something is safe for a patient, and where a person studied.
    "es seguro": "is it safe to",
    "universidad": "university",
    # Breast cancer shorthand and its hormone drug.
    "ca de mama": "breast cancer",
    "tamoxifeno": "tamoxifen",
    # Dominican: who the contact author is, who wrote it, a number asked for, a hospital that
    # gives a treatment.
    "quien e": "who is",
    "autor de contacto": "corresponding author",
    "quien escribio": "who wrote",
    "necesito lo nombre": "I need the names",
    "dame numero": "give me a number",
    "dame un numero": "give me a number",
    "hacen tratamiento": "do treatment",
    "hacen": "do",
    # In which hospital.
    "en q hospital": "in which hospital",
    "en que hospital": "in which hospital",
}
_PORTUGUESE = {
    # "o cancer de pulmao é o q mais mata?": the deadliest.
    "o que mais mata": "the deadliest",
    "o q mais mata": "the deadliest",
    "como devo gerir": "how should I manage",
    "como devo tratar": "how should I treat",
    "como devo manejar": "how should I manage",
    "recomendaria": "would you recommend",
    "aconselharia": "would you advise",
    "entre": "between",
    "medeia": "mediates",
    "medeiam": "mediate",
    "descobrir cedo": "detect early",
    "metastase nos ossos": "bone metastasis",
    "metastases nos ossos": "bone metastases",
    "da pra usar": "can one use",
    # São Paulo: a test one can do in a laboratory.
    "da pra fazer": "can be done",
    "no laboratorio": "in the laboratory",
    "num laboratorio": "in a laboratory",
    # Florianópolis: a medicine made of modified exosomes or blocking them, a hospital that
    # gives a treatment, a cancer of the pancreas.
    "como remedio": "as a medicine",
    "exossomo modificado": "modified exosomes",
    "bloquear eles": "block them",
    "faz tratamento": "does treatment",
    "fazem tratamento": "do treatment",
    "cancer de pancreas": "pancreatic cancer",
    "gencitabina": "gemcitabine",
    # Lisbon: whether to ask the doctor to switch.
    "deve pedir ao medico": "should he ask the doctor",
    "mudar ja para": "switch now to",
    # São Paulo: the key findings, whom exosomes mediate interactions with, ITQ (TKI).
    "achados principais": "key findings",
    "mediam interacoes": "mediate interactions",
    "itq": "TKI",
    "usar": "use",
    "exame de sangue": "blood test",
    "quanto sai": "how much does it cost",
    "estudo clinico": "clinical trial",
    "recrutando": "recruiting",
    "tratamento padrao": "standard treatment",
    "padrao": "standard",
    "estagio avancado": "advanced stage",
    "avancado": "advanced",
    "avancada": "advanced",
    "mutacao": "mutation",
    "mutacoes": "mutations",
    "estagio": "stage",
    "quantos por cento": "what percent",
    "por cento": "percent",
    "em porcentagem": "in percent",
    "em percentagem": "in percent",
    "biopsia liquida": "liquid biopsy",
    "sensibilidade": "sensitivity",
    "especificidade": "specificity",
    "explicam": "explain",
    "falha dos": "failure of the",
    "falha": "failure",
    "quando ela saiu": "when was it published",
    "saiu": "was published",
    "autor para correspondencia": "corresponding author",
    "figura como": "is listed as",
    "figuram como": "are listed as",
    "passar a resistencia": "pass on resistance",
    "passam a resistencia": "pass on resistance",
    "transmitir a resistencia": "pass on resistance",
    "transmitem a resistencia": "pass on resistance",
    "autor de contacto": "corresponding author",
    "autor de contato": "corresponding author",
    "ha algum": "is there any",
    "ha alguma": "is there any",
    "ja aprovado": "already approved",
    "teste": "test",
    "eventos relacionados ao osso": "skeletal-related events",
    "costuma": "usually",
    "costumam": "usually",
    "principais achados": "key findings",
    "interacao": "interaction",
    "estroma": "stroma",
    "o q mais": "what else",
    "o que mais": "what else",
    "influenciam": "influence",
    "qtos": "how many",
    "qtas": "how many",
    "enfermagem": "nursing",
    "manejar": "manage",
    "hidratacao": "hydration",
    "medicamentos": "drugs",
    "farmacos": "drugs",
    "segundo os autores": "according to the authors",
    "segundo as autoras": "according to the authors",
    "gente": "people",
    "sensiveis": "sensitive",
    "sensivel": "sensitive",
    "resistentes": "resistant",
    "passem a ser": "become",
    "passam a ser": "become",
    "de que modo": "how",
    "pontos de destaque": "highlights",
    "estrategias terapeuticas": "treatment strategies",
    "factor de impacto": "impact factor",
    "acesso aberto": "open access",
    "processos": "processes",
    "processo": "process",
    "metastizacao ossea": "bone metastasis",
    "metastizacao": "metastasis",
    "imunitarias": "immune",
    "imunitarios": "immune",
    "imunitaria": "immune",
    "imunitario": "immune",
    # What the asker sets aside, and asks beside it.
    "para alem de": "besides",
    "para alem da": "besides",
    "para alem do": "besides",
    "para alem dos": "besides",
    "para alem das": "besides",
    "alem de": "besides",
    "alem da": "besides",
    "alem do": "besides",
    "alem dos": "besides",
    "alem das": "besides",
    "outros": "other",
    "outras": "other",
    "percentual": "percentage",
    "taxa de sobrevida": "survival rate",
    "taxa de sobrevivencia": "survival rate",
    "incidencia anual": "annual incidence",
    "por quanto tempo": "for how long",
    "quanto tempo": "how long",
    "sangue": "blood",
    "saudavel": "healthy",
    "saudaveis": "healthy",
    "risco": "risk",
    "fumo": "smoke",
    "fumaca": "smoke",
    "fumar": "smoking",
    "tabaco": "tobacco",
    "marcador": "marker",
    "marcadores": "markers",
    "em media": "on average",
    "marrocos": "Morocco",
    "homens": "men",
    "mulheres": "women",
    "por mililitro": "per millilitre",
    "como se chama": "what is the name of",
    "como se chamam": "what are the names of",
    "titulo": "title",
    "remedio": "drug",
    "remedios": "drugs",
    "preparacao do terreno": "preparing the soil",
    "preparar o terreno": "prepare the soil",
    "escreveu": "wrote",
    "escreveram": "wrote",
    "escrito por": "written by",
    "qual e a": "what is the",
    "qual e o": "what is the",
    "ao fim de cinco anos": "after five years",
    "vivos": "alive",
    "descobriu": "discovered",
    "descobriram": "discovered",
    "pela primeira vez": "first",
    "em que ano": "in what year",
    "tornar outra celula resistente": "make another cell resistant",
    "o que vai dentro": "what is inside",
    "vai dentro": "is inside",
    "substancias": "substances",
    "que tipo de problema": "what type of problems",
    "tipo de problema": "type of problems",
    "passar": "pass on",
    "passa": "passes on",
    "de cada 100": "out of every 100",
    "aprovado pela": "approved by",
    "aprovado pelo": "approved by",
    "aprovada pela": "approved by",
    "exame": "test",
    "exossomos modificados": "modified exosomes",
    "exossomas modificados": "modified exosomes",
    "palavras-chave": "keywords",
    "palavras chave": "keywords",
    "submetido": "submitted",
    "submetida": "submitted",
    "aceite": "accepted",
    "aceita": "accepted",
    # European Portuguese asks with "é que": "Quando é que …?" is "When …?".
    "quando e que": "when",
    "o que e que": "what",
    "como e que": "how",
    "porque e que": "why",
    "onde e que": "where",
    "quem e que": "who",
    "qual e que": "which",
    "estes": "these",
    "esses": "these",
    "essas": "these",
    "aprovado": "approved",
    "aprovada": "approved",
    "novos casos": "new cases",
    "casos novos": "new cases",
    "casos": "cases",
    "pessoas": "people",
    "data de publicacao": "publication date",
    "alguma forma de": "some way to",
    "de que forma": "how",
    "forma de": "way to",
    "quem": "who",
    "sobrevivencia global": "overall survival",
    "sobrevida global": "overall survival",
    # The article, not overall survival's OS.
    "os": "the",
    "dois primeiros": "first two",
    "dois": "two",
    "versao definitiva": "final version",
    "definitiva": "final",
    "formatada": "formatted",
    "aos 5 anos": "at 5 years",
    "aos cinco anos": "at five years",
    "afinal": "after all",
    "deixam de responder": "stop responding",
    "osso": "bone",
    "quando": "when",
    "qual": "which",
    "quais": "which",
    # "Qual a proporção …?" asks what the proportion is.
    "qual a": "what is the",
    "qual o": "what is the",
    "quais as": "what are the",
    "quais os": "what are the",
    "onde": "where",
    "quanto": "how much",
    "quanta": "how much",
    "quantos": "how many",
    "quantas": "how many",
    "como": "how",
    "o que": "what",
    "que": "what",
    "por que": "why",
    "porque": "why",
    "sao": "are",
    "foi": "was",
    "autores": "authors",
    "autor correspondente": "corresponding author",
    "revista": "journal",
    "artigo": "article",
    "revisao": "review",
    "fator de impacto": "impact factor",
    "resumo em chines": "Chinese abstract",
    "resumo": "abstract",
    "instituicao": "institution",
    "sobrevivencia": "survival",
    "sobrevida": "survival",
    "a cinco anos": "at five years",
    "a 5 anos": "at 5 years",
    "em 5 anos": "at 5 years",
    "referencias bibliograficas": "references",
    "estadio": "stage",
    "instituicoes": "institutions",
    "quem assina": "who wrote",
    "destaques": "highlights",
    "recebido": "received",
    "aceito": "accepted",
    "publicado": "published",
    "paciente": "patient",
    "pacientes": "patients",
    "porcentagem": "percentage",
    "principais resultados": "key findings",
    "proporcao": "proportion",
    "secao": "section",
    # European Portuguese keeps the c: "secção".
    "seccao": "section",
    "tamanho": "size",
    "diametro": "diameter",
    "cidade": "city",
    "formado": "formed",
    "referencias": "references",
    "data": "date",
    "datas": "dates",
    "texto completo": "full text",
    "texto integral": "full text",
    "disponivel": "available",
    "deveria pedir": "should ask",
    "deveria fazer": "should have",
    "vc recomenda": "do you recommend",
    "voce recomenda": "do you recommend",
    "voce recomendaria": "would you recommend",
    "arn": "RNA",
    "miarn": "miRNA",
    "lncarn": "lncRNA",
    "arnm": "mRNA",
    "adn": "DNA",
    "segunda linha": "second line",
    "sintomas": "symptoms",
    "sintoma": "symptom",
    "vale a pena": "is it worth",
    "sobrevida media": "median survival",
    "sobrevivencia media": "median survival",
    "meses": "months",
    # "Consta a licença?" asks whether it is stated, not what it costs ("costa").
    "consta": "is stated",
    "constam": "are stated",
    "que me aconselha": "what do you advise me",
    "me aconselha": "do you advise me",
    "que me aconselham": "what do you advise me",
    "me aconselham": "do you advise me",
    "como se isolam": "how are isolated",
    "isolam": "isolate",
    "protocolo": "protocol",
    # "Com licença" is excuse me, no licence.
    "com licenca": "excuse me",
    "reutilizar": "reuse",
    "reutilizar figuras": "reuse figures",
    # What to use: "que escala de dor devo usar?"
    "devo usar": "should I use",
    "escala de dor": "pain scale",
    # How to hydrate a patient: "como devo hidratar um utente?"
    "como devo hidratar": "how should I hydrate",
    # Recife: a drip rate asked.
    "soro fisiologico": "saline",
    "corro": "run",
    "por hora": "per hour",
    # Coimbra: textbooks recommended for an exam.
    "que manuais me recomendam": "which textbooks do you recommend",
    "me recomendam": "do you recommend",
    "manuais": "textbooks",
    # Maputo: the stage at which a cancer is diagnosed.
    "a fase em que": "the stage at which",
    "normalmente e diagnosticado": "is usually diagnosed",
    "diagnosticado": "diagnosed",
    # Salvador: the corresponding author.
    "quem e o": "who is the",
    "autor responsavel": "corresponding author",
    "correspondente": "corresponding",
    "resistencia a remedio": "drug resistance",
    # Praia: where he can be treated; pains.
    "onde e que ele pode fazer": "where can he have",
    "dores": "pains",
    "tratamento": "treatment",
    # Lisbon: tumour cells that no longer respond to treatment 'teaching' the others to resist.
    "nao respondem ao tratamento": "are resistant to treatment",
    "ja nao respondem": "no longer respond",
    "resistir": "resist",
    "ensinar": "teach",
    # Lisbon: whether he should stop chemo, and what 'vocês' advise for his case.
    "ele deve parar": "should he stop",
    "ela deve parar": "should she stop",
    "vcs aconselham": "do you advise",
    "voces aconselham": "do you advise",
    # An author's age.
    "quantos anos tem": "how old is",
    # Fortaleza: whether any hospital already does a treatment.
    "tem algum": "is there any",
    "ja faz": "already does",
    # Fortaleza: a cancer of the liver; 'tb' for também.
    "cancer de figado": "liver cancer",
    "figado": "liver",
    "tb": "also",
    # Luanda: what exosomes carry between cells; a simple question; cancer of the cervix; a
    # doctor's years of experience and training.
    "transportam": "carry",
    "transporta": "carries",
    "pergunta simples": "simple question",
    "cancro do colo do utero": "cervical cancer",
    "cancer do colo do utero": "cervical cancer",
    "quantos anos de experiencia": "how many years of experience",
    "anos de experiencia": "years of experience",
    "onde fez a formacao": "where did he train",
    # Explaining it simply.
    "facil": "easy",
    # Belém: a hospital that does research.
    "q faz": "that does",
    "faz pesquisa": "does research",
    # Belém: a hospital that does research.
    "q faz pesquisa": "that does research",
    # Macau: hair loss; skin creams.
    "cair o cabelo": "hair loss",
    "faz cair o cabelo": "cause hair loss",
    "cremes de pele": "skin creams",
    # Recife WhatsApp Portuguese: what stops working, what fuses, who dies.
    "inibidores": "inhibitors",
    "inibidor": "inhibitor",
    "tirosina quinase": "tyrosine kinase",
    "param de funcionar": "stop working",
    "para de funcionar": "stops working",
    "deixam de funcionar": "stop working",
    "deixa de funcionar": "stops working",
    "funde": "fuses",
    "fundem": "fuse",
    "morte": "death",
    "mortes": "deaths",
    # The cancer that kills most.
    "mais morte": "most deaths",
    "mais mortes": "most deaths",
    "mais casos": "most cases",
    # Hospitals and universities a paper comes from.
    "hospitais": "hospitals",
    "universidades": "universities",
    "universidade": "university",
    "xangai": "Shanghai",
    # Porto Alegre: a hospital doing a treatment.
    "fazendo": "doing",
    # Keywords written in the singular.
    "palavra-chave": "keywords",
    # Hospitals that do a treatment.
    "fazem": "do",
    # Chemotherapy.
    "quimioterapia": "chemotherapy",
    # A person's doctorate and h-index.
    "doutoramento": "doctorate",
    "doutorado": "doctorate",
    "indice h": "h-index",
    # Northern Portugal: an oath, what the asker is making, where exosomes form.
    "carago": "damn",
    "tou a fazer": "I am making",
    "estou a fazer": "I am making",
    "se formam": "are formed",
    "dentro da celula": "inside the cell",
    # Pills for a target.
    "comprimidos pra": "pills for",
    "comprimidos para": "pills for",
    # Cape Verdean Kriolu: who, when, where, what the abstract says, who it kills, whose cancer.
    "kenha ki e": "who is",
    "kenha": "who",
    "kantu ki": "when",
    "kantu anu el tem": "how old is he",
    "kantu anu": "how many years",
    "undi ki el studa": "where did he study",
    "undi": "where",
    "kria sabe": "I want to know",
    "kria manda": "I want to send",
    "kuze": "what",
    "kel artigo": "that article",
    "kel": "that",
    "autor principal pa korrespondencia": "corresponding author",
    "korrespondencia": "correspondence",
    "resebe": "received",
    "aseita": "accepted",
    "ta mata mas genti": "kills the most people",
    "genti": "people",
    "resumu na txines": "Chinese abstract",
    "txines": "Chinese",
    "resumu": "abstract",
    "fla": "say",
    "e verdadi": "is it true",
    "cancro di mama": "breast cancer",
    "cancro di pulmon": "lung cancer",
    "nha tia": "my aunt",
    "ta faze resistencia": "cause resistance",
    "kuza nobu": "something new",
    # Research a hospital does, and a patient the asker would refer.
    "pesquisa": "research",
    "encaminhar um paciente": "refer a patient",
    "encaminhar": "refer",
    # Galician: who and when, a non-small cell cancer (non is not), what licence, which skeletal
    # events, back pain (costas is no cost), breast cancer diagnosed early.
    "son map": "I am a family doctor",
    "quen e": "who is",
    "quen": "who",
    "cando foi": "when was",
    "cando": "when",
    "recibido": "received",
    "aceptado": "accepted",
    "ese artigo": "that article",
    "pulmon non microcitico": "non-small cell lung",
    "non microcitico": "non-small cell",
    "podo usar": "can I use",
    "figuras ou texto": "figures or text",
    "que licenza ten": "what licence does it have",
    "licenza": "licence",
    "na mina charla": "in my talk",
    "eventos oseos": "skeletal events",
    "tenen": "have",
    "teno": "I have",
    "dor nas costas": "back pain",
    "metastase no oso": "bone metastasis",
    "vixiar": "watch for",
    "dende ap": "in primary care",
    "cancro de mama": "breast cancer",
    "tamen": "also",
    "diagnosticalo cedo": "diagnose it early",
    # Whom the asker writes to, and what the answer will decide.
    "para lhe mandar email": "to write to them",
    "para lhe mandar um email": "to write to them",
    "e p/ decidir": "it is to decide",
    "e para decidir": "it is to decide",
    # Angola: how they define exosomes, a simple definition.
    "como e que eles definem": "how do they define",
    "definem": "define",
    "preciso de uma": "I need a",
    "definicao simples": "simple definition",
}
_FRENCH = {
    # "… une autre qui était encore sensible au traitement": a cell still sensitive.
    "sensible au traitement": "sensitive to treatment",
    "sensibles au traitement": "sensitive to treatment",
    "comment dois-je gerer": "how should I manage",
    "comment dois-je traiter": "how should I treat",
    "comment dois-je prendre en charge": "how should I manage",
    "conseilleriez": "would you advise",
    "conseillez": "do you advise",
    "recommanderiez": "would you recommend",
    "recommandez": "do you recommend",
    "entre": "between",
    "stade": "stage",
    "quel chiffre": "what number",
    "quels chiffres": "what numbers",
    "chiffre": "number",
    "chiffres": "numbers",
    "periodique": "journal",
    "parue": "published",
    "en pourcentage": "in percent",
    "biopsie liquide": "liquid biopsy",
    "sensibilite": "sensitivity",
    "specificite": "specificity",
    "points cles": "highlights",
    "acide zoledronique": "zoledronic acid",
    "transmettre la resistance": "pass on resistance",
    "transmettent la resistance": "pass on resistance",
    "passer la resistance": "pass on resistance",
    "reste la reference": "remains the standard",
    "pas de mutation particuliere": "no driver mutation",
    "pas de mutation": "no gene mutation",
    "traitement": "treatment",
    "traitements": "treatments",
    # Québec: whether someone is young or old, a hospital that gives the treatments.
    "jeune ou vieux": "young or old",
    "vieux ou jeune": "old or young",
    "qui fait les": "that does the",
    "qui font les": "that do the",
    # Toulouse: how an exosome is made and where it comes from, where a professor studied.
    "il se fabrique": "is it formed",
    "se fabrique": "is formed",
    "se fabriquent": "are formed",
    "d'ou il sort": "where does it come from",
    "d'ou ils sortent": "where do they come from",
    "il a fait ses etudes ou": "where did he study",
    "elle a fait ses etudes ou": "where did she study",
    "fait ses etudes": "studied",
    "medicaments": "drugs",
    "medicament": "drug",
    "chimiotherapie a base de platine": "platinum-based chemotherapy",
    "platine": "platinum",
    "ne plus marcher": "stop working",
    "en termes simples": "in simple terms",
    "selon les auteurs": "according to the authors",
    "d'apres les auteurs": "according to the authors",
    "contenu moleculaire": "molecular content",
    "contenu": "content",
    "au-dela des": "besides",
    "au-dela du": "besides",
    "au-dela de": "besides",
    "quoi d'autre": "what else",
    "resultats cles": "key findings",
    "agissent": "act",
    "sensibles": "sensitive",
    # What the asker sets aside, and asks beside it.
    "en plus de": "besides",
    "en dehors de": "besides",
    "outre": "besides",
    "autres": "other",
    "part parmi": "share among",
    "taux de survie": "survival rate",
    "incidence annuelle": "annual incidence",
    "combien de temps": "how long",
    "sang": "blood",
    "sain": "healthy",
    "saine": "healthy",
    "sains": "healthy",
    "risque": "risk",
    "fumee": "smoke",
    "tabac": "tobacco",
    "marqueur": "marker",
    "marqueurs": "markers",
    "en moyenne": "on average",
    "moyenne": "average",
    "maroc": "Morocco",
    "hommes": "men",
    "homme": "man",
    "femmes": "women",
    "par millilitre": "per millilitre",
    "comment s'appelle": "what is the name of",
    "comment s'intitule": "what is the title of",
    "titre": "title",
    "a ecrite": "wrote",
    "approuve par": "approved by",
    "assure la correspondance": "handles correspondence",
    "correspondance": "correspondence",
    "generes": "generated",
    "genere": "generated",
    "generees": "generated",
    "liberes": "released",
    "milieu extracellulaire": "extracellular space",
    "rubrique thematique": "section",
    "rubrique": "section",
    "exosomes modifies": "modified exosomes",
    "mots cles": "keywords",
    "mots clefs": "keywords",
    "mots-clefs": "keywords",
    "ces": "these",
    "approuve": "approved",
    "homologue": "approved",
    "nouveaux cas": "new cases",
    "cas": "cases",
    "personnes": "people",
    "gens": "people",
    "date de publication": "publication date",
    "au depart": "initially",
    "facteur d'impact": "impact factor",
    "quand": "when",
    "os": "bone",
    "qui a ecrit": "who wrote",
    "a ecrit": "wrote",
    "ont ecrit": "wrote",
    "redige": "wrote",
    "principaux resultats": "key findings",
    "resultats principaux": "key findings",
    "qui": "who",
    "quel": "which",
    "quelle": "which",
    "quels": "which",
    "quelles": "which",
    "lesquels": "which ones",
    "lesquelles": "which ones",
    "combien": "how many",
    "combien de": "how many",
    # The elided "de" leaves the next word joined to it: "combien d'auteurs".
    "combien d'": "how many ",
    "comment": "how",
    "pourquoi": "why",
    "c'est quoi": "what is",
    "c'est qui": "who is",
    # Texted: "c qui les auteurs …?", "c quoi …?".
    "c qui": "who are",
    "c quoi": "what is",
    "c'est qui les": "who are the",
    "c'est ecrit par qui": "who wrote it",
    "qu'est-ce que": "what",
    "quoi": "what",
    "est": "is",
    "sont": "are",
    "auteur a contacter": "corresponding author",
    "auteur correspondant": "corresponding author",
    "auteur": "author",
    "auteurs": "authors",
    "qui signe": "who wrote",
    "etablissement": "institution",
    "resume en chinois": "Chinese abstract",
    "resume chinois": "Chinese abstract",
    "resume": "abstract",
    "points forts": "highlights",
    # "Dans quelle revue …?" asks for the journal; "la revue" is the review itself.
    "quelle revue": "which journal",
    "revue chinoise": "Chinese review",
    "revue": "review",
    "synthese": "review",
    "traitement de reference": "standard treatment",
    "comme la reference": "as the standard",
    "par exemple": "for example",
    "hopital": "hospital",
    "ville": "city",
    "recu": "received",
    "accepte": "accepted",
    "publie": "published",
    "publiee": "published",
    "pourcentage": "percentage",
    "taille": "size",
    "d'apres": "according to",
    "mot-cle": "keyword",
    "survie": "survival",
    "a cinq ans": "at five years",
    "a 5 ans": "at 5 years",
    "mots-cles": "keywords",
    "se forment": "are formed",
    "se forme": "is formed",
    # A hospital's "service" is its department.
    "service": "department",
    "rattache": "affiliated",
    "rattachee": "affiliated",
    "texte integral": "full text",
    "texte complet": "full text",
    "dispo": "available",
    "disponible": "available",
    "devrait-il": "should he",
    "devrait-elle": "should she",
    "devrais-je": "should I",
    "un essai": "a trial",
    "des essais": "trials",
    "cet essai": "this trial",
    "arn": "RNA",
    "miarn": "miRNA",
    "lncarn": "lncRNA",
    "arnm": "mRNA",
    "adn": "DNA",
    "deuxieme ligne": "second line",
    "est sortie": "was published",
    "est sorti": "was published",
    "sortie": "publication",
    "vaut la peine": "is it worth",
    "vaut le coup": "is it worth",
    "survie mediane": "median survival",
    "survie moyenne": "median survival",
    "mois": "months",
    # ARN is RNA: "quel microARN spécifique …?" asks for one by name.
    "microarn": "microRNA",
    "microarns": "microRNAs",
    "specifique": "specific",
    "specifiques": "specific",
    # A transfer to the clinic ("valeur de transfert"), not of resistance between cells.
    "valeur de transfert": "translational value",
    "valeur de transfert clinique": "translational value",
    "transfert clinique": "clinical translation",
    "volets cliniques": "clinical aspects",
    "volet clinique": "clinical aspect",
    # "Je dois les mettre dans mon Zotero": a duty, not DOIs.
    "je dois": "I have to",
    "dois-je": "should I",
    "tu dois": "you have to",
    "on doit": "we have to",
    # Who paid for it: "quel organisme de financement et quel numéro de subvention …?"
    "organisme de financement": "funding body",
    "financement": "funding",
    "numero de subvention": "grant number",
    "subvention": "grant",
    "subventions": "grants",
    "comment je gere": "how do I manage",
    "comment gerer": "how to manage",
    # Clipped and clinical: "dépister tôt les métas osseuses".
    "depister tot": "detect early",
    "depister": "screen for",
    "metas osseuses": "bone metastases",
    "metas": "metastases",
    "quelle est la proportion": "what is the proportion",
    # Whether a test exists, and what to advise a patient: "je peux lui conseiller quoi comme
    # antalgique".
    "il existe deja": "is there already",
    "il existe": "is there",
    "je peux lui conseiller quoi": "what can I advise him",
    "antalgique": "painkiller",
    "antalgiques": "painkillers",
    # What to tell a patient: "que lui conseiller ?", "s'il devrait arrêter sa chimio".
    "que lui conseiller": "what should I advise him",
    "lui conseiller": "advise him",
    "devrait arreter": "should stop",
    # A review's highlights and what it proposes: "quelles pistes thérapeutiques les faits
    # saillants proposent-ils ?", "quel est le nom du lncRNA …?"
    "faits saillants": "highlights",
    "pistes therapeutiques": "therapeutic strategies",
    "quel est le nom du": "what is the name of the",
    "quel est le nom de": "what is the name of",
    # Marseille: the problems an illness causes.
    "ca donne quoi comme problemes": "what problems does it cause",
    # Dakar: a sample's tube and temperature; why a cancer is found late; what else besides.
    "prelevement": "sample",
    "au labo": "to the lab",
    "quel tube": "which tube",
    "quelle temperature": "what temperature",
    "je conserve": "do I store",
    "souvent vu tard": "often detected late",
    "stade au diagnostic": "stage at diagnosis",
    "a part": "apart from",
    # Lille (Ch'ti): the usual treatment, living longer, a way to treat, a beer during chemo.
    "ch'est quo": "what is",
    "ch'est": "it is",
    "traitement de base": "standard treatment",
    "qu'on donne d'habitude": "usually given",
    "y vivent bien plus longtemps": "live much longer",
    "vivent plus longtemps": "live longer",
    "malades avances": "advanced patients",
    "y a moyen de": "is there a way to",
    "soigner": "treat",
    "trafiques": "engineered",
    "boire": "drink",
    "biere": "beer",
    # Nantes: which treatment to ask the oncologist for.
    "je devrais demander a son oncologue": "should I ask his oncologist for",
    "je devrais demander": "should I ask for",
    # Brussels: declared conflicts of interest; whether to ask for a blood test.
    "conflits d'interets": "conflicts of interest",
    "liens avec l'industrie": "ties with industry",
    "est-ce qu'il devrait demander": "should he ask for",
    "test sanguin": "blood test",
    # Toulouse (revision cards): 'c koi' for c'est quoi, a resistance more complicated, effector T
    # lymphocytes written LT.
    "c koi": "what is",
    "koi": "what",
    "compliquee": "complex",
    "compliquees": "complex",
    "plus complique": "more complex",
    "lt effecteurs": "effector T cells",
    "lymphocytes t effecteurs": "effector T cells",
    # An author's age.
    "quel age a": "how old is",
    "quel age ont": "how old are",
    # Quebec: whether he should go on, in your opinion ('qu'y' for qu'il); what the brother-in-law
    # says; the number of deaths; a test we can do here.
    "est-ce qu'y devrait": "should he",
    "est-ce qu'il devrait": "should he",
    "selon vous": "in your opinion",
    "dit que": "says that",
    "nombre de morts": "number of deaths",
    "le pire": "the worst",
    "c'est-tu vrai": "is it true",
    "qu'on peut faire": "that we can do",
    "icitte": "here",
    # Brussels: how exosomes 'savent' (can) make a cell resistant; how many articles an author
    # published; after a while.
    "savent rendre": "can make",
    "rendre": "make",
    "combien d'articles": "how many articles",
    # Brussels: a sensitive cell made resistant.
    "cellule sensible": "sensitive cell",
    "cellules sensibles": "sensitive cells",
    "resistante": "resistant",
    "resistantes": "resistant",
    # Abidjan: treatments written TTT; a hospital internship ('en stage').
    "ttt": "treatment",
    "ttts": "treatments",
    "en stage": "on placement",
    # Abidjan: a cancer of the cervix.
    "cancer du col de l'uterus": "cervical cancer",
    "col de l'uterus": "cervix",
    # Marseille pharmacy French: where one works, when a paper dates from.
    "bossent": "work",
    "bosse": "works",
    "hosto": "hospital",
    "hostos": "hospitals",
    "date de quand": "dates from when",
    "datent de quand": "date from when",
    # Lyon palliative care shorthand: K for cancer, NPC for non-small cell, méta os, réf
    # biblio, ITK, ds and pr before an article.
    "k pulm npc": "NSCLC",
    "k pulmonaire npc": "NSCLC",
    "k du poumon npc": "NSCLC",
    "k pulm": "lung cancer",
    "k pulmonaire": "lung cancer",
    "k du poumon": "lung cancer",
    "k du sein": "breast cancer",
    "k sein": "breast cancer",
    "meta os": "bone mets",
    "metas os": "bone mets",
    "ref biblio": "references",
    "refs biblio": "references",
    "references biblio": "references",
    "itk": "TKI",
    "ds le": "in the",
    "ds la": "in the",
    "ds les": "in the",
    "pr un": "for a",
    "pr une": "for a",
    "pr le": "for the",
    "pr la": "for the",
    "pr les": "for the",
    "version courte": "short version",
    "courte": "short",
    # Pneumonitis under immunotherapy, how often and how it is managed.
    "pneumopathie": "pneumonitis",
    "pneumopathie interstitielle": "pneumonitis",
    "frequence": "frequency",
    # How a condition is managed.
    "prise en charge": "management",
    # Where one does a test.
    "on fait": "they do",
    "biopsies liquides": "liquid biopsies",
    # A librarian's French: the record's volume, year, issue and pages, the authors' names, a year
    # of birth.
    "je vous prie de bien vouloir me preciser": "please tell me",
    "preciser": "specify",
    "numero de volume": "volume number",
    "annee de parution": "year of publication",
    "numero de fascicule": "issue number",
    "fascicule": "issue",
    "pagination exacte": "page numbers",
    "pagination": "page numbers",
    "premiere et derniere pages": "first and last pages",
    "annee de naissance": "year of birth",
    "noms des auteurs": "names of the authors",
    "publications anterieures": "previous publications",
    # A person's age and thesis, and whom the asker means to write to.
    "il a quel age": "how old is he",
    "elle a quel age": "how old is she",
    "quel age": "how old",
    "fait sa these": "did his doctorate",
    "sa these": "his doctorate",
    "je veux lui ecrire": "I want to write to him",
    # Alsace: because, the most patients and deaths, a percentage still alive, a person's age and
    # years in post.
    "parce que": "because",
    "le plus de malades": "the most cases",
    "le plus de morts": "the most deaths",
    "combien de pourcents": "what percentage",
    "pourcents": "percent",
    "encore en vie apres cinq ans": "still alive after five years",
    "en vie": "alive",
    "quel age elle a": "how old is she",
    "quel age il a": "how old is he",
    "depuis combien d'annees": "for how many years",
    # Réunion Creole: who to contact, where the author works, when it was received, which journal
    # and section, whether it is free, who it kills, how long one has left.
    "kisa le l'auteur ki fo kontakte": "who is the corresponding author",
    "kisa": "who",
    "ki fo kontakte": "to contact",
    "li travay dan kel lopital": "which hospital does he work in",
    "travay": "works",
    "kel lopital": "which hospital",
    "lopital": "hospital",
    "kel": "which",
    "kosa le la date kan": "what is the date when",
    "kosa": "what",
    "kan": "when",
    "akcepte": "accepted",
    "kanser poumon": "lung cancer",
    "kanser du sein": "breast cancer",
    "kanser": "cancer",
    "dokter": "doctor",
    "gramoun": "grandmother",
    "medikaman": "drugs",
    "resistans": "resistance",
    "rubrik": "section",
    "mi pe partaje": "can I share",
    "le libre": "is it free",
    "le pli move": "the worst",
    "i tue le plus de moun": "kills the most people",
    "resume en chinoi": "Chinese abstract",
    "sorti dan kel revue": "published in which journal",
    "osi": "also",
    "tamoxifene": "tamoxifen",
    "i fe": "does",
    "konbien de mois i rest a viv": "how many months are left to live",
    "en moyen": "on average",
    # Réunion Creole: a file, stopping smoking, whether it changes anything.
    "son dosie": "her file",
    "dosie": "file",
    "i aret fume": "stops smoking",
    "aret fume": "stop smoking",
    "sa i chanj kelk chose": "does it change anything",
    "le publie": "was published",
    "le sorti": "came out",
    "kel date": "what date",
    "kel journal": "which journal",
}
_GERMAN = {
    "fruher erkennen": "detect earlier",
    "fruh erkennen": "detect early",
    "fruherkennung": "early detection",
    "erkennen": "detect",
    "finanziert": "funded",
    "finanzierung": "funding",
    "pharmagelder": "pharma money",
    "gelder": "money",
    "wurden sie raten": "would you advise",
    "wurden sie empfehlen": "would you recommend",
    "wurden sie konkret empfehlen": "would you recommend",
    "publikationen": "publications",
    "veroffentlicht": "published",
    "empfehlen sie": "do you recommend",
    "raten sie": "do you advise",
    "forscht": "researches",
    "gruppe": "group",
    "diplomarbeit": "thesis",
    "wieviele": "how many",
    "wieviel": "how much",
    "referenzen": "references",
    "sensitivitat": "sensitivity",
    "spezifitat": "specificity",
    "nicht-kleinzelligen lungenkarzinoms": "non-small cell lung cancer",
    "kleinzelligen lungenkarzinoms": "small cell lung cancer",
    "kleinzelligen lungenkarzinom": "small cell lung cancer",
    "lungenkarzinoms": "lung carcinoma",
    "lungenkarzinom": "lung carcinoma",
    "literaturverweise": "references",
    "literaturverweisen": "references",
    "spital": "hospital",
    "hauptverantwortliche": "corresponding author",
    "hauptverantwortlichen": "corresponding author",
    "am meisten": "most",
    "erkranken": "fall ill",
    "sterben": "die",
    "in prozent": "in percent",
    "welche zwei leute": "which two people",
    "zwei": "two",
    "uberblicksartikel": "review article",
    "jahrgangsband": "volume",
    "artikel": "article",
    "plasmaproben": "plasma samples",
    "blutproben": "blood samples",
    "proben": "samples",
    "serumkalziumspiegel": "serum calcium level",
    "kalziumspiegel": "calcium level",
    "journal-impact-factor": "journal impact factor",
    "impact-factor": "impact factor",
    "resistenz ausbreiten": "spread resistance",
    "resistenz verbreiten": "spread resistance",
    "resistenz weitergeben": "pass on resistance",
    "resistenz ubertragen": "pass on resistance",
    "nichtkleinzelligen lungenkarzinom": "non-small cell lung cancer",
    "nichtkleinzelligen lungenkrebs": "non-small cell lung cancer",
    "nichtkleinzelliger lungenkrebs": "non-small cell lung cancer",
    "nichtkleinzelligen": "non-small cell",
    "korrespondierende": "corresponding",
    "korrespondierender": "corresponding",
    "ausbreitung der resistenz": "resistance spread",
    "ausbreiten": "spread",
    "ausbreitung": "spread",
    "wirbelsaule": "spine",
    "hauptansprechpartner": "main contact person",
    "ansprechpartner": "contact person",
    "ansprechpartnerin": "contact person",
    "kontaktperson": "contact person",
    "nicht-kleinzelligen lungenkrebs": "non-small cell lung cancer",
    "nicht-kleinzelliger lungenkrebs": "non-small cell lung cancer",
    "nicht-kleinzelliges lungenkarzinom": "non-small cell lung cancer",
    "nicht-kleinzelligen lungenkarzinom": "non-small cell lung cancer",
    "nicht-kleinzelligen": "non-small cell",
    "kleinzelligen lungenkrebs": "small cell lung cancer",
    "kleinzelliger lungenkrebs": "small cell lung cancer",
    "kleinzelligen": "small cell",
    "weitergabe": "passing on",
    "funf-jahres-uberlebensrate": "5-year survival rate",
    "funf-jahres-uberleben": "5-year survival",
    "funf": "five",
    "brust- oder prostatakrebs": "breast or prostate cancer",
    "prostatakrebs": "prostate cancer",
    "packungsjahren": "pack-years",
    "packungsjahre": "pack-years",
    "niedrigdosis-ct-screening": "low-dose CT screening",
    "alter": "age",
    "empfohlen": "recommended",
    "molekulen": "molecules",
    "packen": "packed",
    "laut den autoren": "according to the authors",
    "laut der autoren": "according to the authors",
    "empfindliche": "sensitive",
    "empfindlichen": "sensitive",
    "empfindlich": "sensitive",
    # What the asker sets aside, and asks beside it.
    "abgesehen von": "besides",
    "neben": "besides",
    "andere": "other",
    "anderen": "other",
    "uberlebensrate": "survival rate",
    "jahrliche inzidenz": "annual incidence",
    "wie lange": "how long",
    "blut": "blood",
    "gesund": "healthy",
    "gesunde": "healthy",
    "gesunden": "healthy",
    "risiko": "risk",
    "rauch": "smoke",
    "rauchen": "smoking",
    "tabak": "tobacco",
    "im durchschnitt": "on average",
    "durchschnittlich": "on average",
    "marokko": "Morocco",
    "manner": "men",
    "frauen": "women",
    "pro milliliter": "per millilitre",
    "wie heisst": "what is the name of",
    "wie heißt": "what is the name of",
    "titel": "title",
    "gebildet": "formed",
    "freigesetzt": "released",
    "gemass": "according to",
    "kolonisation": "colonisation",
    "stoffwechsel": "metabolism",
    "nischenbildung": "niche formation",
    "vorgangen": "processes",
    "beteiligt": "involved",
    "um wie viel": "by how much",
    "senkt": "lowers",
    "unempfindlich": "insensitive",
    "resistenzwege": "resistance pathways",
    "grunden": "reasons",
    "einrichtung": "institution",
    "tatig": "working",
    "welcher prozentuale anteil": "what percentage",
    "prozentuale": "percentage",
    "erstautoren": "first authors",
    "erstautor": "first author",
    "angesiedelt": "based",
    "wie hoch ist der anteil": "what proportion",
    "anteil": "proportion",
    "modifizierte exosomen": "modified exosomes",
    "schlusselworter": "keywords",
    "stichworter": "keywords",
    "diese": "these",
    "diesen": "these",
    "zugelassen": "approved",
    "zugelassene": "approved",
    "zugelassenen": "approved",
    "zugelassener": "approved",
    "zugelassenes": "approved",
    "bluttest": "blood test",
    "neuerkrankungen": "new cases",
    "neue falle": "new cases",
    "falle": "cases",
    "leute": "people",
    "menschen": "people",
    # Abbreviations whose full stops end no sentence.
    "bzw.": "or",
    "bzgl.": "regarding",
    "z.b.": "for example",
    "ggf.": "if need be",
    "evtl.": "possibly",
    "erscheinungsdatum": "publication date",
    "publikationsdatum": "publication date",
    "veroffentlichungsdatum": "publication date",
    "jahrgang": "volume",
    "korrespondenzautor": "corresponding author",
    "korrespondenzautorin": "corresponding author",
    "resistenzmechanismen": "resistance mechanisms",
    "impaktfaktor": "impact factor",
    "wer": "who",
    "wann": "when",
    "welche": "which",
    "welcher": "which",
    "welches": "which",
    "welchem": "which",
    "welchen": "which",
    "wo": "where",
    "wie viele": "how many",
    "wie viel": "how much",
    "wie hoch": "how high",
    "wie viele prozent": "what percent",
    "wie vielen prozent": "what percent",
    "wie viel prozent": "what percent",
    "wie": "how",
    "warum": "why",
    "was": "what",
    "sind": "are",
    "ist": "is",
    "wurde": "was",
    "wurden": "were",
    "autoren": "authors",
    "korrespondierende autorin": "corresponding author",
    "korrespondierender autor": "corresponding author",
    "korrespondierende autor": "corresponding author",
    "verfasst": "wrote",
    "fachzeitschrift": "journal",
    "zeitschrift": "journal",
    "erschienen": "published",
    "hauptergebnisse": "key findings",
    "funfjahresuberlebensrate": "5-year survival rate",
    "funfjahresuberleben": "5-year survival",
    "fachrubrik": "section",
    "5-jahres-uberleben": "5-year survival",
    "uberleben": "survival",
    "quellen": "references",
    "klinik": "hospital",
    # "Wer hat … geschrieben?" is "who has … written?".
    "geschrieben": "written",
    "hat": "has",
    "verfasser": "authors",
    "verfasserin": "author",
    "verfasserinnen": "authors",
    "namen": "names",
    "eingereicht": "submitted",
    "angenommen": "accepted",
    "akzeptiert": "accepted",
    "keine genveranderung": "no gene change",
    "keine genveranderungen": "no gene changes",
    "genveranderung": "gene change",
    "genveranderungen": "gene changes",
    "ubliche behandlung": "usual treatment",
    "ubliche therapie": "usual treatment",
    "behandlung": "treatment",
    "behandeln": "treat",
    "behandelt": "treated",
    "immuntherapie": "immunotherapy",
    "immuntherapien": "immunotherapies",
    "schieflauft": "goes wrong",
    "krebszellen": "cancer cells",
    "krebszelle": "cancer cell",
    "medikament": "drug",
    "medikamente": "drugs",
    "medikamenten": "drugs",
    "weitergeben": "pass on",
    "weitergegeben": "passed on",
    "andere zellen": "other cells",
    "wie gross": "how large",
    "wie groß": "how large",
    "knochen": "bone",
    "festsetzt": "settles",
    "vorbereiten": "prepare",
    "vorbereitung": "preparation",
    "bereiten": "prepare",
    "schlagen die autoren": "do the authors propose",
    "hoffnung": "hope",
    "auf chinesisch": "in Chinese",
    "chinesisch": "Chinese",
    "stadium": "stage",
    "rubrik": "section",
    "nutzungslizenz": "licence",
    "lizenz": "licence",
    "urheberrecht": "copyright",
    "schlagworter": "keywords",
    "schlagwortern": "keywords",
    "schlagworte": "keywords",
    "klinische studie": "clinical trial",
    "klinischen studie": "clinical trial",
    "klinische studien": "clinical trials",
    "klinischen studien": "clinical trials",
    "studie": "study",
    "studien": "studies",
    "endgultigen fassung": "final version",
    "endgultige fassung": "final version",
    "fassung": "version",
    "schlagworten": "keywords",
    "verschlagwortet": "indexed",
    "literaturverzeichnis": "references",
    "kernaussagen": "highlights",
    "durchmesserbereich": "diameter range",
    "ubersichtsarbeit": "review",
    "ubersichtsartikel": "review",
    "autorenperson": "author",
    "zusammenfassung": "abstract",
    "chinesischen ubersicht": "Chinese review",
    "ubersicht": "review",
    "literaturstellen": "references",
    "großenbereich": "size range",
    "große": "size",
    "durchmesser": "diameter",
    "durchmessers": "diameter",
    "entstehung": "formation",
    "entstehen": "form",
    "definiert": "define",
    "definieren": "define",
    "hinsichtlich": "regarding",
    "ansatze": "approaches",
    "ursachen": "causes",
    "krankenhaus": "hospital",
    "stadt": "city",
    "datum": "date",
    "prozent": "percent",
    "informationen": "information",
    "molekule": "molecules",
    "todesfallen": "deaths",
    "todesfalle": "deaths",
    "erkrankungen": "cases",
    "meisten": "most",
    "volltext": "full text",
    "verfugbar": "available",
    "sollte er": "should he",
    "sollte mein vater": "should my father",
    "sollte meine mutter": "should my mother",
    "sollte sie": "should she",
    "sollte ich": "should I",
    "machen lassen": "have done",
    "molekulklassen": "classes of molecules",
    "molekulklasse": "class of molecules",
    "soll ich": "should I",
    "absetzen": "stop",
    "hydrieren": "hydrate",
    "mitbringen": "carry",
    "zweitlinie": "second line",
    "zweitlinientherapie": "second-line therapy",
    # Austrian speech drops the e of ge- and -en: "eingreicht", "angnommen", "gschriebn".
    "literaturangaben": "references",
    "literaturangabe": "reference",
    "abbildungen": "figures",
    "abbildung": "figure",
    "eingreicht": "submitted",
    "angnommen": "accepted",
    "gschriebn": "written",
    "gschrieben": "written",
    "wann's": "when",
    "darf ich ihm": "may I give him",
    "darf ich ihr": "may I give her",
    "darf i eahm": "may I give him",
    "darf i ihr": "may I give her",
    "schlusselwortern": "keywords",
    # Found out ("erst entdeckt wird, wenn er schon gestreut hat"), and how long.
    "entdeckt": "diagnosed",
    "entdeckt wird": "is diagnosed",
    "gestreut": "spread",
    "gestreut hat": "has spread",
    "monaten": "months",
    "monate": "months",
    "durchschnittswert": "average",
    "durchschnitt": "average",
    "eiweisse": "proteins",
    "fette": "fats",
    "an bord": "carry",
    "stoffe": "substances",
    "doppelte handschuh": "double gloves",
    "handschuhe": "gloves",
    "handschuh": "gloves",
    "pflegerischen massnahmen": "nursing measures",
    "pflegerische massnahmen": "nursing measures",
    "flussigkeitsmengen": "fluid volumes",
    "pflegerischen maßnahmen": "nursing measures",
    "pflegerische maßnahmen": "nursing measures",
    # Austrian and spoken forms: "Wie viele Leut in Österreich kriegen jährlich …?"
    "leut": "people",
    "kriegen": "get",
    "kriegt": "gets",
    "jahrlich": "every year",
    "osterreich": "Austria",
    # Cologne and the Ruhr: "Wat für probleme kann dat machen?", "wie lange lebt man im
    # schnitt noch?"
    "wat fur": "what kind of",
    "wat": "what",
    "dat": "that",
    "lebt man": "does one live",
    "im schnitt": "on average",
    "schiss": "fear",
    # Nursing: "wie lagere ich einen Patienten mit Wirbelfraktur richtig?"
    "wie lagere ich": "how should I position",
    "wie lagert man": "how should one position",
    # Swabian and plain speech: "Was schleppen die Exosomen mit, Eiweiß, Fett, Erbgut?", "isch
    # der Review schon fertig veröffentlicht oder bloß vorläufig?", "was für Probleme können an
    # den Knochen auftreten?"
    "schleppen": "carry",
    "eiweiss": "proteins",
    "eiweiß": "proteins",
    "fett": "fats",
    "erbgut": "nucleic acids",
    "fertig veroffentlicht": "finally published",
    "vorlaufig": "provisional",
    "kurzfassung": "abstract",
    "auftreten": "occur",
    "schmerzen": "pains",
    "isch": "is",
    # Munich (Bavarian ma): a treatment asked of anyone.
    "wie behandelt man": "how do you treat",
    "wie behandelt ma": "how do you treat",
    # Zurich: advice asked of the doctor.
    "was soll ich ihm raten": "what should I advise him",
    "was soll ich ihr raten": "what should I advise her",
    # Leipzig: whether she may keep up physiotherapy and walks.
    "krankengymnastik": "physiotherapy",
    "spaziergange": "going for walks",
    "korperliche belastung": "physical exertion",
    "darf meine frau": "may my wife",
    # Berlin: a study to join, who wrote it, where it came out.
    "jibt's": "is there",
    "wo ick mitmachen kann": "that I can take part in",
    "wo ich mitmachen kann": "that I can take part in",
    "jeschrieben": "written",
    "hat'n": "has",
    "rausjekommen": "published",
    "rausgekommen": "published",
    "isn det": "was it",
    "det review": "the review",
    # Zürich (Swiss German as chatted): how many references, a role played, what to recommend.
    "wie vill": "how many",
    "referenze": "references",
    "knochemetastase": "bone metastases",
    "ungefahr": "roughly",
    "spieled": "play",
    "e rolle": "a role",
    "brustchrebs": "breast cancer",
    "gits": "are there",
    "ahnlichi": "similar",
    "mechanisme": "mechanisms",
    "sott er": "should he",
    "was wurdeder empfehle": "what would you recommend",
    "grosspapi": "grandpa",
    "brustchrebs-knochemetastase": "breast cancer bone metastases",
    "lieber": "rather",
    "mache": "do",
    # Frankfurt (Hessian): accepted, references.
    "angenomme": "accepted",
    "literaturstelle": "references",
    "wieviele literaturstelle": "how many references",
    # Munich: the asker's own landing page.
    "brauche": "I need",
    "unserer": "our",
    "unsere": "our",
    # Dresden: a study the asker's mother could join.
    "meine mutter": "my mother",
    "mitmachen konnt": "could take part in",
    "mitmachen konnte": "could take part in",
    "mitmachen kann": "can take part in",
    # Hanover: above which calcium level to admit a patient.
    "ab welchem": "above which",
    "calciumwert": "calcium level",
    "einweisen": "send to hospital",
    "muss ich": "must I",
    # An author's age.
    "wie alt ist": "how old is",
    "wie alt sind": "how old are",
    "wie alt is": "how old is",
    # Vienna: a breast or prostate carcinoma.
    "mamma-ca": "breast cancer",
    "prostata-ca": "prostate cancer",
    "pankreaskarzinom": "pancreatic cancer",
    "pankreaskrebs": "pancreatic cancer",
    "gemcitabin-resistenz": "gemcitabine resistance",
    "gemcitabin": "gemcitabine",
    # Zurich: an editor's words for the dates, the referees, breast or prostate carcinomas,
    # grants and conflicts of interest.
    "datum der annahme": "acceptance date",
    "annahmedatum": "acceptance date",
    "eingangsdatum": "submission date",
    "wer waren": "who were",
    "gutachter": "reviewers",
    "brust- oder prostatakarzinomen": "breast or prostate cancers",
    "prostatakarzinomen": "prostate cancers",
    "prostatakarzinom": "prostate cancer",
    "brustkarzinom": "breast cancer",
    "durch drittmittel gefordert": "funded by grants",
    "drittmittel": "grants",
    "interessenkonflikte": "conflicts of interest",
    # Vienna: the reference count of a review of osseous filiae, the metastatic stage, incidence
    # and mortality of malignancies, hospitals (Spitäler).
    "literaturzitate": "references",
    "ossaren filiae": "bone metastases",
    "ossare filiae": "bone metastases",
    "filiae": "metastases",
    "metastasierten stadium": "metastatic stage",
    "metastasierten": "metastatic",
    "hochste inzidenz und mortalitat": "highest incidence and mortality",
    "inzidenz": "incidence",
    "mortalitat": "mortality",
    "malignome": "malignancies",
    "spitaler": "hospitals",
    # Graz: a hospital that already does a test.
    "macht schon": "already does",
    # Munich: a clinic that offers studies.
    "bietet": "offers",
    "bieten": "offer",
    # The Ruhr: whether my father should rather have one treatment or another, now.
    "soll mein vatter": "should my father",
    "soll mein vater": "should my father",
    "vatter": "father",
    "getz": "now",
    # Low German (Kiel): who has written it, the papers, which clinic does treatments.
    "hett": "has",
    "schreven": "written",
    "wecke": "which",
    "macht behandlungen": "does treatments",
    # Vienna: whether it came out this year, what you would recommend.
    "gredet": "talked",
    "heuer": "this year",
    "rauskommen": "come out",
    "genaues datum": "exact date",
    "wurdets ihr empfehlen": "would you recommend",
    "soll ma": "should we",
    "umstellen": "switch",
    # Vienna: who wrote it.
    "wer hat den eigentlich": "who has actually",
    # Where a person studied.
    "studiert": "studied",
    # Cologne: what the asker needs it for.
    "brauch dat fur": "I need that for",
    "brauch das fur": "I need that for",
    "brauche das fur": "I need that for",
    "ich brauche das fur": "I need that for",
    "ich brauch das fur": "I need that for",
    # A hospital that offers a treatment.
    "anbietet": "offers",
    "anbieten": "offer",
    # What the asker needs and what for; an author's h-index and patents.
    "ich brauch": "I need",
    "erklarung": "explanation",
    "relevant fur": "relevant for",
    "hirsch-index": "h-index",
    "patente": "patents",
    # Bavarian: who wrote it, how long one has left, which hospital already does it, how old a
    # professor is.
    "wia lang hob i no": "how long do I have left",
    "wia lang": "how long",
    "wia oid is": "how old is",
    "oid": "old",
    "hod": "has",
    "hob": "have",
    "de nama vo de autorn": "the names of the authors",
    "nama": "names",
    "autorn": "authors",
    "wochs": "which",
    "macht scho": "already does",
    "scho": "already",
    "nobelpreis": "Nobel prize",
    "kriagt": "received",
    "sogt": "says",
    "a zahl": "a number",
    "uberlebenszeit": "survival time",
    "in monat": "in months",
    # Clinical fields of use, and what the asker's planning needs it for.
    "klinischen": "clinical",
    "klinische": "clinical",
    "einsatzfelder": "applications",
    "einsatzfeld": "application",
    "das ist fur": "this is relevant for",
    # Swiss German: checkpoint inhibitors, who wrote it, how many references, where exosomes
    # arise, cancers by their Swiss names, approval and price.
    "checkpoint-inhibitore": "checkpoint inhibitors",
    "checkpoint-inhibitoren": "checkpoint inhibitors",
    "war hand": "who has",
    "gschribe": "written",
    "referanze": "references",
    "het": "has",
    "lungechrebs": "lung cancer",
    "chrebs": "cancer",
    "chnochemetastase": "bone metastasis",
    "chnochemetas": "bone mets",
    "entstond": "arise",
    "zalle": "cell",
    "beschribe": "described",
    "nod nur": "not only",
    "zuegla": "approved",
    "wie tuur": "how expensive",
    "tuur": "expensive",
    "fruehdiagnose": "early diagnosis",
    "drzue": "about it",
    # Breast cancer spread to bone, in Swiss spelling.
    "brustchrebs-chnochemetastase": "breast cancer bone metastases",
    "brustchrebs-chnochemetastasen": "breast cancer bone metastases",
    "lungechrebs-chnochemetastase": "lung cancer bone metastases",
    # Saxon: which drug she should take now, a clinic where one can get a treatment, pancreatic
    # cancer.
    "was wurdet ihr raten": "what would you advise",
    "soll se": "should she",
    "soll sie": "should she",
    "soll er": "should he",
    "nehmen": "take",
    "wo mor": "where one",
    "wo man": "where one",
    "kriegen kann": "can get",
    "bekommen kann": "can get",
    "bauchspeicheldrusenkrebs": "pancreatic cancer",
    # Berlin: where the authors work, what the asker wants, problems in the bones.
    "arbeitet'n": "work",
    "arbeitet": "works",
    # Swiss German: "Weles Spital in Züri …?", "I welem Journal …?"
    "weles": "which",
    "welem": "which",
    "icke": "I",
    "will's nur wissen": "just want to know",
    "wat fur probleme": "what problems",
    "kriegt man": "does one get",
    "an den knochen": "in the bones",
    "wat zahlen die uff": "what do they count",
    "macht wat mit": "does",
}
_ITALIAN = {
    # Not "medicare": "… per mediare la comunicazione tra cellule".
    "mediare": "mediate",
    "come devo gestire": "how should I manage",
    "come devo trattare": "how should I treat",
    "consiglieresti": "would you advise",
    "consiglierebbe": "would you advise",
    "raccomanderesti": "would you recommend",
    "raccomanderebbe": "would you recommend",
    # "mediano" the verb (mediate), not "il tempo mediano".
    "esosomi mediano": "exosomes mediate",
    "che mediano": "that mediate",
    "integratore": "supplement",
    "tumore al polmone non a piccole cellule": "non-small cell lung cancer",
    "non a piccole cellule": "non-small cell",
    "a piccole cellule": "small cell",
    "ricevuta": "received",
    "accettata": "accepted",
    "sperimentazioni cliniche": "clinical trials",
    "sperimentazione clinica": "clinical trial",
    "iscrive": "enrol",
    "iscriversi": "enrol",
    "complicanze scheletriche": "skeletal complications",
    "complicanze": "complications",
    "mets ossee": "bone mets",
    "usando": "using",
    "idee": "ideas",
    "polmone": "lung",
    "in percentuale": "in percent",
    "biopsia liquida": "liquid biopsy",
    "sensibilita": "sensitivity",
    "specificita": "specificity",
    "per la corrispondenza": "for correspondence",
    "corrispondenza": "correspondence",
    "autore di corrispondenza": "corresponding author",
    "autore per la corrispondenza": "corresponding author",
    "quand'e che": "when",
    "quand'e": "when is",
    "influenzano": "influence",
    "influiscono su": "influence",
    "secondo quanto": "according to what",
    "trasmettere la resistenza": "pass on resistance",
    "trasmettono la resistenza": "pass on resistance",
    "veicolate": "carried",
    "veicolati": "carried",
    "veicolano": "carry",
    "veicolare": "carry",
    "autore da contattare": "corresponding author",
    "senza mutazioni": "without gene changes",
    "cura di base": "standard treatment",
    "malato": "patient",
    "tumore polmonare": "lung cancer",
    "disturbi alle ossa": "bone problems",
    "diffuso allo scheletro": "spread to bone",
    "scheletro": "skeleton",
    "ha scoperto": "discovered",
    "scoperto": "discovered",
    "per primo": "first",
    "in che anno": "in what year",
    "esame del sangue": "blood test",
    "quanto e preciso": "how accurate is it",
    "come si intitola": "what is the title of",
    "si intitola": "is titled",
    "e arrivato in redazione": "was received",
    "arrivato in redazione": "received",
    "manoscritto": "manuscript",
    "in che giorno": "on what day",
    "giorno": "day",
    "via libera": "green light",
    "accettazione": "acceptance",
    "brani": "passages",
    "riprendere": "reuse",
    "farmaci": "drugs",
    "farmaco": "drug",
    "tumore al polmone": "lung cancer",
    "tumore del polmone": "lung cancer",
    "tumore ai polmoni": "lung cancer",
    "secondo gli autori": "according to the authors",
    "si prende di piu": "is the most common",
    "problemi alle ossa": "bone problems",
    "dolore alle ossa": "bone pain",
    "ossa": "bones",
    "osso": "bone",
    "si sposta": "spreads",
    "di preciso": "exactly",
    "e uscito": "was published",
    "e uscita": "was published",
    "uscito": "published",
    "propongono": "propose",
    "per curare": "for treatment",
    "curare": "treat",
    "costruiti": "custom-built",
    "gente": "people",
    "fa morire": "kills",
    "tardi": "late",
    "sensibili": "sensitive",
    # What the asker sets aside, and asks beside it.
    "oltre a": "besides",
    "oltre al": "besides",
    "oltre alla": "besides",
    "oltre ai": "besides",
    "oltre agli": "besides",
    "oltre alle": "besides",
    "altri": "other",
    "altre": "other",
    # To do, not how a patient fares.
    "fare": "do",
    "tasso di sopravvivenza": "survival rate",
    "incidenza annuale": "annual incidence",
    "per quanto tempo": "for how long",
    "quanto tempo": "how long",
    "sangue": "blood",
    "sano": "healthy",
    "sana": "healthy",
    "sani": "healthy",
    "rischio": "risk",
    "fumo": "smoke",
    "fumare": "smoking",
    "tabacco": "tobacco",
    "marcatore": "marker",
    "marcatori": "markers",
    "in media": "on average",
    "marocco": "Morocco",
    "uomini": "men",
    "donne": "women",
    "per millilitro": "per millilitre",
    "terreno condizionato": "conditioned medium",
    "pellettare": "pellet",
    "come si chiama": "what is the name of",
    "come si chiamano": "what are the names of",
    "titolo": "title",
    "come s'intitola": "what is the title of",
    "s'intitola": "is titled",
    "sfugge": "escapes",
    "sfuggono": "escape",
    "ha scritta": "wrote",
    "ha scritto": "wrote",
    "hanno scritto": "wrote",
    "voci di bibliografia": "references",
    "bibliografia": "references",
    "si portano dietro": "carry",
    "portano": "carry",
    "passano la resistenza": "pass on resistance",
    "passano": "pass on",
    "tumore del pancreas": "pancreatic cancer",
    "approvato da": "approved by",
    "approvato dalla": "approved by",
    "approvata dalla": "approved by",
    "esosomi modificati": "modified exosomes",
    "parole chiave": "keywords",
    "parole-chiave": "keywords",
    "in che modo": "how",
    "in che maniera": "how",
    "stando a quanto": "according to what",
    "questi": "these",
    "queste": "these",
    "approvato": "approved",
    "approvata": "approved",
    "nuovi casi": "new cases",
    "casi": "cases",
    "persone": "people",
    "data di pubblicazione": "publication date",
    "fattore di impatto": "impact factor",
    "fattore d'impatto": "impact factor",
    "chi": "who",
    "chi firma": "who wrote",
    "chi ha scritto": "who wrote",
    "risultati principali": "key findings",
    "proporzione": "proportion",
    "quando": "when",
    "quale": "which",
    "quali": "which",
    "dove": "where",
    "quanto": "how much",
    "quanti": "how many",
    "quante": "how many",
    "come": "how",
    "perche": "why",
    "che cosa": "what",
    "cosa": "what",
    "che": "what",
    "sono": "are",
    "autori": "authors",
    "autore corrispondente": "corresponding author",
    "autore": "author",
    "articolo": "article",
    "rassegna cinese": "Chinese review",
    "rassegna": "review",
    "abstract cinese": "Chinese abstract",
    "punti salienti": "highlights",
    "diametro": "diameter",
    "dimensione": "size",
    # "secondo il testo" is according to it; "il secondo autore" the second author.
    "secondo autore": "second author",
    "secondo": "according to",
    "rivista": "journal",
    "autore di riferimento per la corrispondenza": "corresponding author",
    "uscita": "published",
    "sezione": "section",
    "licenza": "licence",
    "ospedale": "hospital",
    "citta": "city",
    "ricevuto": "received",
    "accettato": "accepted",
    "pubblicato": "published",
    "pubblicata": "published",
    "percentuale": "percentage",
    "sopravvivenza": "survival",
    "a cinque anni": "at five years",
    "a 5 anni": "at 5 years",
    "voci bibliografiche": "references",
    "strategie terapeutiche": "therapeutic strategies",
    "stadio": "stage",
    "riferimenti": "references",
    "testo completo": "full text",
    "testo integrale": "full text",
    "disponibile": "available",
    "dovrebbe fare": "should have",
    "dovrebbe chiedere": "should ask",
    "il mondo": "the world",
    "del mondo": "of the world",
    "nel mondo": "in the world",
    "seconda linea": "second line",
    "sintomi": "symptoms",
    "sintomo": "symptom",
    "da quando": "since",
    "vale la pena": "is it worth",
    "sopravvivenza media": "median survival",
    "sopravvivenza mediana": "median survival",
    "mesi": "months",
    # "devo pagarlo io": the pronoun, not immunotherapy's IO.
    "io": "I",
    # "Qual è esattamente il miRNA esosomiale che …? Ne viene indicato uno specifico?"
    "qual e esattamente il": "what exactly is the",
    "esosomiale": "exosomal",
    "esosomiale che": "exosomal that",
    "esosomiali": "exosomal",
    "ne viene indicato uno specifico": "is a specific one named",
    "ne viene indicata una specifica": "is a specific one named",
    # Typed without the apostrophe: "chi l ha scritta …".
    "chi l ha scritta": "who wrote",
    "chi l ha scritto": "who wrote",
    "chi l'ha scritta": "who wrote",
    "chi l'ha scritto": "who wrote",
    "autore di riferimento": "corresponding author",
    # "Cosa gli posso dare a casa per il dolore?" asks advice.
    "cosa gli posso dare": "what may I give him",
    "cosa le posso dare": "what may I give her",
    "gli posso dare": "may I give him",
    "le posso dare": "may I give her",
    # Chat spellings and a worried grandson's words: "ke problemi può dare", "xké lo scoprono
    # tardi".
    "ke problemi": "what problems",
    "xke": "why",
    "problemi": "problems",
    "puo dare": "can it cause",
    "ammazza": "kills",
    "i numeri": "the numbers",
    "numeri": "numbers",
    "quali esami": "which tests",
    "esami": "tests",
    "molecole": "molecules",
    "trasportate": "carried",
    "medico di famiglia": "family doctor",
    "uccide di piu": "kills the most",
    "ammazza di piu": "kills the most",
    "anni di sopravvivenza": "years of survival",
    "quante refs": "how many refs",
    # A daughter's plain words: "le cure che non funzionano", "quanto sono piccoli", "quanto costa".
    "le cure che non funzionano": "the treatments that stop working",
    "cure": "treatments",
    "cura": "treatment",
    "che cura": "what treatment",
    "quanto sono piccoli": "how small are",
    "piccoli": "small",
    "quanto costa": "how much does it cost",
    "non ha mutazioni": "has no driver mutations",
    "come nascono": "how are formed",
    "nascono": "are formed",
    "preparano il terreno": "prepare the ground",
    "prepara il terreno": "prepares the ground",
    "si fa di solito": "is usually given",
    # Asked in Rome: "quali problemi je possono venì? ossa rotte, dolori", "che sostanze
    # stanno dentro agli esosomi?" (the cargo is the glossary's), "ha senso chiedere
    # all'oncologo …?"
    "mediano la": "mediate la",
    "tra chi": "between whom",
    "referenze": "references",
    "ossa rotte": "broken bones",
    "dolori": "pains",
    "possono veni": "can come",
    "possono venire": "can come",
    "sostanze": "substances",
    "ha senso chiedere": "does it make sense to ask",
    "ha senso": "does it make sense",
    "sperimentazione": "trial",
    "sperimentazioni": "trials",
    # Which tests to ask for: "quali esami dovrebbe richiedere al medico di famiglia?"
    "dovrebbe richiedere": "should he request",
    # A systematic review's selection: "quanti studi sono stati inclusi e con che eterogeneità?"
    "quanti studi sono stati inclusi": "how many studies were included",
    "eterogeneita": "heterogeneity",
    # Naples: where the authors work; the cancer that kills most.
    "ospedali": "hospitals",
    "lavorano": "work",
    "fa piu morti di tutti": "causes the most deaths of all",
    "me l'hanno detto": "they told me so",
    # Milan: who funded it; whether to ask for a test.
    "chi ha finanziato": "who funded",
    "finanziato": "funded",
    "conflitti di interesse": "conflicts of interest",
    "conviene chiedere": "does it make sense to ask",
    "dove lo fanno": "where do they do it",
    # Palermo: when to send a patient to the emergency room; care at home.
    "lo mando in ps": "do I send him to the emergency room",
    "sopra che valore": "above what level",
    "come la tratto": "how do I treat it",
    "a casa": "at home",
    # Bari: other cancers' bone metastases.
    "tumore alla mammella": "breast cancer",
    "alla mammella": "breast cancer",
    "alla prostata": "prostate cancer",
    "della prostata": "prostate cancer",
    "d'a prostata": "prostate cancer",
    "stessa cosa": "same thing",
    # Venice (Venetian): who is, who wrote, received and accepted, z written s.
    "chi xe": "who is",
    "xe": "is",
    "corispondensa": "correspondence",
    "resistensa": "resistance",
    "ga ricevuo": "received",
    "ga aceta": "accepted",
    "chi ga scrito": "who wrote",
    "ga scrito": "wrote",
    "autor de riferimento": "corresponding author",
    "polmon": "lung",
    "ga lo steso ruolo": "have the same role",
    "steso": "same",
    "anca": "also",
    "tumore al pancreas": "pancreatic cancer",
    "tumor al pancreas": "pancreatic cancer",
    "tumor al polmon": "lung cancer",
    # Rome: the information exosomes mediate; differences from lung.
    "mediano lo": "mediate the",
    "mediano": "mediate",
    "scambio di informazioni": "exchange of information",
    "informazioni": "information",
    "differenze": "differences",
    "rispetto al": "compared to",
    "prostatico": "prostate cancer",
    # Trieste: which institute they come from.
    "da che istituto vengono": "which institute are they from",
    "istituto": "institute",
    # Cagliari: how big exosomes are; a test done at a hospital.
    "quanto sono grandi": "how big are",
    "sti": "these",
    "che si puo fare": "that can be done",
    "all ospedale": "at the hospital",
    # Bergamo: why patients arrive late.
    "arrivano quasi sempre tardi": "are almost always diagnosed late",
    "arrivano tardi": "are diagnosed late",
    # An author's age.
    "quanti anni ha": "how old is",
    "quanti anni hanno": "how old are",
    # Turin: a patient written 'pz', a centre that already does diagnostics.
    "pz": "patient",
    "ho un pz": "I have a patient",
    "c'e qualche": "is there any",
    "c'e qualche centro": "is there any centre",
    "qualche centro": "any centre",
    "che fa gia": "that already does",
    # Rome (a journalist): the headline being written, prizes won, a biography.
    "titolo da fare": "for my headline",
    "ha vinto premi": "has won awards",
    "premi": "awards",
    "biografia": "biography",
    "contagiano": "infect",
    # Genoa: the best hospital, smoking, going back to fishing during treatment.
    "l'ospedale migliore": "the best hospital",
    "ospedale migliore": "best hospital",
    "miglior ospedale": "best hospital",
    "migliore ospedale": "best hospital",
    "meglio ospedale": "best hospital",
    "fuma": "smokes",
    "se smette": "if he quits",
    "puo tornare a": "can he go back to",
    "pescare": "fishing",
    "secondo la rivista": "according to the journal",
    # Naples: a cancer of the breast.
    "tumore d'o pietto": "breast cancer",
    # A company listed on a stock exchange: its shares, which no passage prices.
    "biotech quotate": "listed biotechs",
    "biotech quotata": "listed biotech",
    "ci sono": "are there",
    # Companies, which no passage names.
    "aziende": "companies",
    "azienda": "company",
    # Roman: whether any hospital does a test ("che fa più morti" is what kills most).
    "che fa er": "that does the",
    "che fa il": "that does the",
    "che fanno er": "that do the",
    "che fanno il": "that do the",
    "ce sta": "is there",
    "quarche": "any",
    # Venetian: where a doctor works, when it came out, what the vesicles carry, who has which
    # cancer, how old.
    "dotor": "doctor",
    "ospedal": "hospital",
    "in che ospedal": "in which hospital",
    "el lavora": "does he work",
    "xe sta publica": "was published",
    "sta publica": "published",
    "sule": "on the",
    "nele": "in the",
    "tumor al seno": "breast cancer",
    "al seno": "breast cancer",
    "tumor dea prostata": "prostate cancer",
    "dea prostata": "prostate cancer",
    "cossa": "what",
    "ghe xe dentro": "is inside",
    "se porta drio": "carry",
    "porta drio": "carry",
    "vessicoline": "vesicles",
    "celula": "cell",
    "celule": "cells",
    "cativa": "bad",
    "se ciapa de piu": "is the most common",
    "fa morir de piu": "kills the most",
    "riassunto cinese": "Chinese abstract",
    "quanti ani ga": "how old is",
    "ani": "years",
    "sposa": "married",
    "dove che": "where",
    "roba nova": "recent",
    "i fa la cura": "they give the treatment",
    # Venetian: whom a question is for, a hospital that does it, resistance passed on.
    "par ela": "for her",
    "par elo": "for him",
    "ghe xe": "is there",
    "che la fa": "that does it",
    "le pol passar": "can pass on",
    "passar la resistensa": "pass on the resistance",
    "pol passar": "can pass on",
    # Sicilian: when it was received, accepted and published, who wrote it, whose hospital, what
    # passes from cell to cell, how long one lives.
    "quannu u ricivettiru": "when was it received",
    "ricivettiru": "received",
    "quannu l'accettaru": "when was it accepted",
    "accettaru": "accepted",
    "quannu a pubblicaru": "when was it published",
    "pubblicaru": "published",
    "quannu": "when",
    "chistu articolo": "this article",
    "chistu": "this",
    "secunnu": "according to",
    "ponnu passari": "can pass on",
    "n'autra": "another",
    "comu funziona": "how does it work",
    "di cu a cu": "from whom to whom",
    "ospidali": "hospitals",
    "ospidale": "hospital",
    "sunnu": "are",
    "cu i scrissi": "who wrote",
    "cu scrissi": "who wrote",
    "supra": "on",
    "pulmuni": "lung",
    "tumuri o pulmuni": "lung cancer",
    "cancro da minna": "breast cancer",
    "da minna": "breast cancer",
    "quantu campa": "how long does one live",
    "campa": "live",
    "percentuali": "percentage",
    "fannu": "do",
    # Sicilian: the best hospital.
    "megghiu ospidali": "best hospital",
    "megghiu": "best",
    # A hospital that already gives a treatment.
    "fanno gia": "already do",
    "fanno gia la cura": "already do the treatment",
    # Umbria: what the vesicles carry, who the authors are, which journal, which drug is better
    # for her, a hospital that already gives a treatment.
    "se portano dietro": "do they carry",
    "portano dietro": "carry",
    "nun ho capito": "I did not understand",
    "non ho capito": "I did not understand",
    "chi so' gli autori": "who are the authors",
    "su che giornale": "in which journal",
    "giornale": "journal",
    "giurnale": "journal",
    "perche io": "because I",
    "quale e mejo": "which is better",
    "mejo": "better",
    "pe' lei": "for her",
    "fa gia la cura": "already does the treatment",
    "fa gia": "already does",
    "ce l'hanno": "do they have it",
    # Calabria: hospitals that give experimental treatments.
    "fanno cure": "do treatments",
    "cure sperimentali": "experimental treatments",
    # Venetian: treating bone metastases, what the authors propose, blocking or using the
    # vesicles.
    "per curar": "to treat",
    "curar": "treat",
    "ale osse": "in the bones",
    "i propone": "do they propose",
    "bloccarli": "block them",
    "doprarli": "use them",
    "de far": "to do",
    # Naples: so' (sono), d'a and d'o (della, del), ncopp' (about), quanno, tene (has), whether
    # it is the breast or the lung, how old someone is, what the asker would like to know.
    "so'": "are",
    "d'a": "of the",
    "d'o": "of the",
    "ncopp'all'": "on the",
    "ncopp'a": "on the",
    "ncopp'": "on",
    "quanno": "when",
    "tene": "has",
    "pecche": "why",
    "chesta": "this",
    "chisto": "this",
    "tumore o pulmone": "lung cancer",
    "tumore d'o pulmone": "lung cancer",
    "tumore d'o seno": "breast cancer",
    "d'o seno": "of the breast",
    "quanti anni tene": "how old is",
    "quant'anne tene": "how old is",
    "quanti anni": "how many years",
    "vulesse sape' 'e": "I would like to know the",
    "vulesse sape'": "I would like to know",
    # Genoa: when it was received and accepted, why platinum stops working, what the article
    # says, what is inside, a cure, the deadliest cancer, a cancer of the breast.
    "ricevuo": "received",
    "accettao": "accepted",
    "smette de fonsiona": "stops working",
    "fonsiona": "work",
    "cose dixe": "what says",
    "dixe": "says",
    "sto articolo": "this article",
    "cose gh'e drento": "what is inside",
    "gh'e drento": "is inside",
    "drento": "inside",
    "a-i": "the",
    "co-i": "with the",
    "co-o": "with the",
    "grassi": "fats",
    "'na cua": "a treatment",
    "cua": "treatment",
    "cose proponan": "what do they propose",
    "proponan": "propose",
    "tumo do pulmon": "lung cancer",
    "tumo do sen": "breast cancer",
    "do sen": "of the breast",
    "amassa ciu gente": "kills the most people",
    "amassa": "kills",
    "o l'e veo che": "is it true that",
    "o po campa": "can live",
    "omo": "man",
    "mæ soea": "my sister",
    "in quæ ospa": "in which hospital",
    "ospa": "hospital",
    "fan a terapia": "do the therapy",
    "fan vegni": "cause",
    "amianto": "asbestos",
    "gasolio": "diesel",
}
_DUTCH = {
    "meenemen": "carry",
    "boodschappen": "messages",
    "boodschap": "message",
    "cel": "cell",
    "invloed": "influence",
    "belangrijkste bevindingen": "key findings",
    "bevindingen": "findings",
    "processen": "processes",
    "zou u adviseren": "would you advise",
    "zou je adviseren": "would you advise",
    "zou u aanraden": "would you recommend",
    "zou je aanraden": "would you recommend",
    "klinische studie": "clinical trial",
    "meedoen": "take part",
    "stadium": "stage",
    # Abbreviations whose dots would end a sentence.
    "t.o.v.": "compared with",
    "v.d.": "of the",
    "corr. auteur": "corresponding author",
    "botmeta's": "bone metastases",
    "mammaca": "breast cancer",
    "prostaatca": "prostate cancer",
    "de twee auteurs": "the two authors",
    "twee": "two",
    "vakblad": "journal",
    "rubriek": "section",
    "botcomplicaties": "bone complications",
    "hoofdpunten": "highlights",
    "engelstalige": "English",
    "behandelstrategieen": "treatment strategies",
    "behandelideeen": "treatment ideas",
    "blokkeren": "block",
    "literatuurlijst": "reference list",
    "moet ik mailen": "should I email",
    "kan ik mailen": "can I email",
    "dat stuk": "that article",
    "het stuk": "the article",
    "schrijver": "author",
    "schrijvers": "authors",
    "die je moet mailen": "whom you should email",
    "mailen": "email",
    "vergeleken met": "compared with",
    "overlijden": "die",
    "voorkomt": "occurs",
    "verwijzingen": "references",
    "hoe vaak": "how often",
    "resistentie overdragen": "pass on resistance",
    "resistentie verspreiden": "spread resistance",
    "resistentie doorgeven": "pass on resistance",
    "overdragen": "transfer",
    "overgedragen": "transferred",
    "wat zitten er allemaal in": "what is inside",
    "wat zit er allemaal in": "what is inside",
    "wat zitten er": "what is inside",
    "soorten": "kinds",
    "bijdragen": "contribute",
    "overleving": "survival",
    "5-jaars": "5-year",
    # A journal's, not a hospital's ward ("op de afdeling").
    "in welke afdeling": "in which section",
    "ondergebracht": "filed under",
    "verspreiding van resistentie": "resistance spread",
    "verspreiding": "spread",
    "resistentie": "resistance",
    "rol": "role",
    "stofwisseling": "metabolism",
    "klaarzetten": "preparing",
    "de bodem": "the ground",
    "uitzaaiing": "metastasis",
    "volgens de auteurs": "according to the authors",
    "waardoor": "why",
    "ongevoelig": "insensitive",
    "gevoelige": "sensitive",
    "gevoelig": "sensitive",
    "platinapreparaten": "platinum drugs",
    "platina": "platinum",
    "stoffen": "substances",
    "met zich mee": "with them",
    "meedragen": "carry",
    "dragen": "carry",
    # What the asker sets aside, and asks beside it.
    "afgezien van": "besides",
    "naast": "besides",
    "behalve": "besides",
    "andere": "other",
    "overlevingskans": "survival rate",
    "overlevingspercentage": "survival rate",
    "bloed": "blood",
    "gezond": "healthy",
    "gezonde": "healthy",
    "risico": "risk",
    "rook": "smoke",
    "roken": "smoking",
    "tabak": "tobacco",
    "gemiddeld": "on average",
    "marokko": "Morocco",
    "mannen": "men",
    "vrouwen": "women",
    "hoe heet": "what is the name of",
    "welk proces": "which process",
    "proces": "process",
    "tot stand": "come about",
    "titel": "title",
    "niet meer werken": "no longer work",
    "uitleg": "explanation",
    "gevormd": "formed",
    "chinese samenvatting": "Chinese abstract",
    "samenvatting": "abstract",
    "vijfjaarsoverleving": "five-year survival",
    "hoe hoog": "how high",
    "wie hebben": "who have",
    "wie heeft": "who has",
    "overzichtsstuk": "review",
    "geen gekende mutatie": "no known mutation",
    "gekende": "known",
    "gewone behandeling": "standard treatment",
    "gevorderde": "advanced",
    "klachten": "symptoms",
    "gebruiken": "use",
    "behandelen": "treat",
    "stellen ze voor": "do they propose",
    "bloedtest": "blood test",
    "terugbetaald": "reimbursed",
    "bestraling": "radiotherapy",
    "sessies": "sessions",
    "correspondentie": "correspondence",
    "contactpersoon": "contact person",
    "ongevoeligheid": "insensitivity",
    "medicatie": "medication",
    "medicijnen": "medicines",
    "doorgeven": "pass on",
    "wat zit er in": "what is inside",
    "zit er in": "is inside",
    "blaasjes": "vesicles",
    "tekst": "text",
    "door wie": "by whom",
    "toerental": "speed",
    "hoe lang": "how long",
    "temperatuur": "temperature",
    "bewaren": "store",
    "plasmastalen": "plasma samples",
    "plasmamonsters": "plasma samples",
    "stalen": "samples",
    "monsters": "samples",
    "gemodificeerde exosomen": "modified exosomes",
    "geschreven": "written",
    "schreef": "wrote",
    "schreven": "wrote",
    "botgerelateerde complicaties": "bone-related complications",
    "complicaties": "complications",
    "trefwoorden": "keywords",
    "sleutelwoorden": "keywords",
    "correspondentieauteur": "corresponding author",
    "corresponderend auteur": "corresponding author",
    "deze": "these",
    "nieuwe gevallen": "new cases",
    "gevallen": "cases",
    "mensen": "people",
    "publicatiedatum": "publication date",
    "impactfactor": "impact factor",
    "wie": "who",
    "wat voor": "what kind of",
    "wat is de": "what is the",
    "wat is het": "what is the",
    "wat": "what",
    "welke": "which",
    "welk": "which",
    "wanneer": "when",
    "jaarlijkse incidentie": "annual incidence",
    "incidentie": "incidence",
    "waar": "where",
    "hoeveel": "how many",
    "hoe groot": "how large",
    "hoe": "how",
    "waarom": "why",
    "zijn": "are",
    "auteurs": "authors",
    "corresponderende auteur": "corresponding author",
    "auteur": "author",
    "overzicht": "review",
    "artikel": "article",
    "oorzaken": "causes",
    "welke data": "which dates",
    "eerste twee": "first two",
    "ingediend": "submitted",
    "goedgekeurd": "accepted",
    "literatuurverwijzingen": "references",
    "tijdschrift": "journal",
    "sectie": "section",
    "licentie": "licence",
    "ziekenhuis": "hospital",
    "stad": "city",
    "datum": "date",
    "ontvangen": "received",
    "geaccepteerd": "accepted",
    "gepubliceerd": "published",
    "referenties": "references",
    "procent": "percent",
    "procenten": "percent",
    "standaardbehandeling": "standard treatment",
    "volledige tekst": "full text",
    "beschikbaar": "available",
    "moet hij": "should he",
    "moet zij": "should she",
    "moet ik": "should I",
    "laten testen": "have tested",
    "wat kost": "how much does it cost",
    "fase 3 studie": "phase 3 trial",
    "fase 3-studie": "phase 3 trial",
    "thuis": "at home",
    "wanneer moet": "when should",
    "bellen": "call",
    "tweedelijns": "second-line",
    "tweede lijn": "second line",
    "sensitiviteit": "sensitivity",
    "specificiteit": "specificity",
    "cycli": "cycles",
    "vroege detectie": "early detection",
    "immuuncheckpointinhibitoren": "immune checkpoint inhibitors",
    "immuuncheckpointremmers": "immune checkpoint inhibitors",
    # Antwerp: an author's age.
    "hoe oud is": "how old is",
    "hoe oud zijn": "how old are",
    # Amsterdam: what my oncologist mentioned; ideas for a treatment, stopping them or making them
    # ourselves.
    "mijn oncoloog": "my oncologist",
    "oncoloog": "oncologist",
    "noemde": "mentioned",
    "behandeling": "treatment",
    "ideeen": "ideas",
    "tegenhouden": "block",
    "zelf maken": "make them ourselves",
    # Amsterdam: who wrote it.
    "wie heeft dat geschreven": "who wrote it",
    "wie heeft dat eigenlijk geschreven": "who actually wrote it",
    "wie heeft het geschreven": "who wrote it",
    # Bruges (West Flemish): which hospital, can you be treated.
    "wuk ziekenhuis": "which hospital",
    "welk ziekenhuis": "which hospital",
    "kunde ge": "can you",
    "behandeld worden": "be treated",
    # Maastricht (Limburgish): passing resistance on from one cancer cell to another; the journal
    # it appeared in.
    "kinne": "can",
    "doorgeve": "pass on",
    "van ein kankercel": "from one cancer cell",
    "nao 'n anger": "to another",
    "tijdsjrif": "journal",
    "versjene": "appeared",
    "verschenen": "appeared",
    "euver": "about",
    # Paramaribo: what problems a spread to the bone causes; how often it occurs and how many die
    # of it.
    "welke problemen": "which problems",
    "hoe vaak het voorkomt": "how often it occurs",
    "hoeveel mensen eraan doodgaan": "how many people die of it",
    "doodgaan": "die",
    # Paramaribo: a spread to the bone.
    "naar het bot": "to the bone",
    "welke problemen kan": "which problems can",
    # Rotterdam (a GP's shorthand): breast cancer and bone metastases.
    "borstca": "breast cancer",
    "botmets": "bone metastases",
    # Rotterdam: referring a patient.
    "een pt verwijzen": "refer a patient",
    "een patient verwijzen": "refer a patient",
    # Utrecht teacher: what sits inside, and other things.
    "zitten er in": "are inside",
    "zitten erin": "are inside",
    "zit erin": "is inside",
    "dingen": "things",
    # What sits inside one vesicle ("zo'n" alone is no "such": that would refer back).
    "zitten er in zo'n": "are inside each",
    # A hospital that already does a test.
    "doet al": "already does",
    "doen al": "already do",
    "vloeibare biopsies": "liquid biopsies",
    "vloeibare biopsie": "liquid biopsy",
    # Frisian father and mother; a study one can take part in.
    "aan mee kan doen": "can take part in",
    "mee kan doen": "can take part",
    "heit": "my father",
    "mem": "my mother",
    # Finding a disease earlier.
    "eerder te vinden": "to be found earlier",
    "eerder vinden": "found earlier",
    "eerder opsporen": "detect early",
    "vroeg opsporen": "detect early",
    "vroege opsporing": "early detection",
    # Whether a patient may get one drug or rather another.
    "mag hij": "may he",
    "mag zij": "may she",
    "of beter": "or rather",
    "krijgen": "get",
    # Patents.
    "patenten": "patents",
    "patent": "patent",
    # Limburg: what sits inside and is carried, received and accepted, how many percent survive,
    # notes the asker keeps.
    "wa zitte er eigelijk in": "what is actually inside",
    "wa zitte er in": "what is inside",
    "draoge die mee": "do they carry",
    "volges": "according to",
    "welk soort info": "what kind of information",
    "ontvange": "received",
    "aanvaard": "accepted",
    "veur mien dmg notities": "for my notes",
    "hoeveul procent": "what percentage",
    "hoeveul": "how many",
    "overleeft nog 5 jaor": "survive 5 years",
    "jaor": "years",
    "wa zegge de cijfers": "what do the figures say",
    # Zeeland: a hospital, a patient who can take part in a study, your (joen).
    "zkh": "hospital",
    "'n": "a",
    "ken": "can",
    "meedoen aan": "take part in",
    "bie joen": "with your",
    "joen": "your",
    # TKIs with an apostrophe, and whether he should switch.
    "tki's": "TKIs",
    "enzo": "and so on",
    "moet ie": "should he",
    "overstappen op": "switch to",
    "concreet advies": "concrete advice",
    # How exosomes arise, fuse with the membrane, and pass from one cell to another.
    "ontstaan": "arise",
    "ontstaat": "arises",
    "multivesiculaire lichaampjes": "multivesicular bodies",
    "celmembraan": "cell membrane",
    "versmelten": "fuse",
    "van de ene cel naar de andere": "from one cell to another",
    "gaat die info": "does the information go",
    # Rotterdam: 't (het), mot (moet), how an exosome is made, what it does in the spread to
    # the bone, sources and pictures, the worst cancer, whom to email, the journal (blad) and its
    # section, the pancreas, going to a hospital for a test.
    "'t": "the",
    "t": "the",
    "mot": "must",
    "mot ik": "must I",
    "hoe wordt": "how is",
    "gemaakt": "made",
    "eigelijk": "actually",
    "uitleggen": "explain",
    "wat doen": "what do",
    "precies": "exactly",
    "uitzaaien": "metastasis",
    "naar t bot": "to the bone",
    "naar 't bot": "to the bone",
    "bronnen": "sources",
    "plaatjes": "pictures",
    "plaatje": "picture",
    "ergste": "worst",
    "qua": "in terms of",
    "hoofdauteur": "main author",
    "waar je mot mailen": "whom you must email",
    "waar je moet mailen": "whom you must email",
    "in welk blad": "in which journal",
    "welk blad": "which journal",
    "welke afdeling daarvan": "which section of it",
    "alvleesklierkanker": "pancreatic cancer",
    "alvleesklier": "pancreas",
    "terecht voor": "go for",
    # Brussels: a hospital that does the tests; losing one's hair and being sick from a drug.
    "testen": "tests",
    "misselijk": "nauseous",
    "verliest haar haar": "loses her hair",
    "wat helpt ertegen": "what helps against it",
    # Flemish: "kunt ge da uitleggen?" (can you explain that).
    "da uitleggen": "explain that",
    # A teacher: how the article describes what exosomes are, a hospital that does research.
    "omschrijft": "describes",
    "omschrijven": "describe",
    "wat exosomen zijn": "what exosomes are",
    "wat een exosoom is": "what an exosome is",
    "doet onderzoek": "does research",
    "doen onderzoek": "do research",
}
_CATALAN = {
    # Where the authors work, and who funded the review.
    "a quina institucio treballen": "at which institution do they work",
    "qui va financar": "who funded",
    # Advice and what to do: "com es maneja la hipercalcèmia a planta?", "li haurien de fer
    # una anàlisi?", "on la demano?"
    "com es maneja": "how should I manage",
    "com es tracta": "how should I treat",
    "com s'ha de tractar": "how should I treat",
    "recomanaries": "would you recommend",
    "recomanes": "do you recommend",
    "aconsellaries": "would you advise",
    "li haurien de fer": "should they do him",
    "haurien de fer": "should they do",
    "hauria de": "should",
    "on la demano": "where can I get it",
    "on el demano": "where can I get it",
    "es millor": "is it better",
    # Question words.
    "que mes": "what else",
    "per que": "why",
    "perque": "why",
    "que": "what",
    "qui": "who",
    "quan": "when",
    "on": "where",
    "quin tipus de": "what kind of",
    "quin": "which",
    "quina": "which",
    "quins": "which",
    "quines": "which",
    "quant de temps": "how long",
    "quant costa": "how much does it cost",
    "quant": "how much",
    "quanta": "how much",
    "quants": "how many",
    "quantes": "how many",
    "com es formen": "how are formed",
    "com": "how",
    "es": "is",
    "son": "are",
    "amb quina frequencia": "how often",
    "a banda de": "besides",
    "a part de": "besides",
    "altres": "other",
    "segons": "according to",
    "sense": "without",
    "amb": "with",
    "porten a dins": "carry inside",
    "porten": "carry",
    "a dins": "inside",
    "dins": "inside",
    "entre": "between",
    "que fan": "what do",
    "fan": "do",
    "com es diuen": "what are the names of",
    "com es diu": "what is the name of",
    "resultats principals": "key findings",
    "influeixen": "influence",
    "influencien": "influence",
    "interaccio": "interaction",
    # The record: "quan es va rebre i quan es va acceptar?", "qui signa l'article?"
    "es va rebre": "was received",
    "es va acceptar": "was accepted",
    "es va publicar": "was published",
    "van publicar": "published",
    "va sortir": "came out",
    "rebre": "received",
    "rebut": "received",
    "acceptar": "accepted",
    "acceptat": "accepted",
    "acceptada": "accepted",
    "publicat": "published",
    "publicada": "published",
    "els autors": "the authors",
    "autors": "authors",
    "autor de correspondencia": "corresponding author",
    "autor": "author",
    "signa": "wrote",
    "signen": "wrote",
    "firmen": "wrote",
    "correspondencia": "correspondence",
    "centre": "institution",
    "revista": "journal",
    "revisio": "review",
    "resum en xines": "Chinese abstract",
    "resum xines": "Chinese abstract",
    "resum": "abstract",
    "xinesa": "Chinese",
    "xines": "Chinese",
    "llicencia": "licence",
    "reutilitzar": "reuse",
    "paraules clau": "keywords",
    "referencies bibliografiques": "references",
    "referencies": "references",
    "troballes principals": "key findings",
    "punts destacats": "highlights",
    "destaquen": "highlight",
    "diametre": "diameter",
    "tamany": "size",
    "mida": "size",
    "esdeveniments": "events",
    "dades": "data",
    # Numbers the papers do not give: "quin percentatge de supervivència a 5 anys?"
    "percentatge": "percentage",
    "supervivencia mediana": "median survival",
    "supervivencia": "survival",
    "mesos": "months",
    "anys": "years",
    "assaig clinic": "clinical trial",
    "assajos clinics": "clinical trials",
    "dosi": "dose",
    "pacients": "patients",
    "infermeria": "nursing",
    "sang": "blood",
    "dolor": "pain",
    "pare": "father",
    "mare": "mother",
    "tractament de referencia": "standard treatment",
    "tractament": "treatment",
    "tractaments": "treatments",
    "tractar": "treat",
    "es recomana": "is recommended",
    "farmacs": "drugs",
    "aillar": "isolate",
    "aillament": "isolation",
    # Balearic forms: "quan el varen rebre?", "què duen a dins es exosomes?", "segueix essent
    # s'estàndard"
    "quan el varen rebre": "when was it received",
    "varen rebre": "received",
    "varen acceptar": "accepted",
    "varen publicar": "published",
    "duen a dins": "carry inside",
    "duen": "carry",
    "segueix essent": "remains",
    "essent": "being",
    "s'estandard": "the standard",
    "s'autor de correspondencia": "the corresponding author",
    "seccio": "section",
    # Tarragona: resistance passed on to sensitive cells.
    "passar la resistencia": "pass on resistance",
    "unes": "some",
    "tumorals": "tumour",
    "sensibles": "sensitive",
    # Lleida: the strategies proposed.
    "estrategies terapeutiques": "therapeutic strategies",
    "estrategies": "strategies",
    "proposen": "propose",
    # Andorra: what happens to T cells; the colonisation of bone; a test's sensitivity; who
    # develops bone metastases.
    "que acaba passant amb": "what happens to",
    "acaba passant": "happens",
    "es forma": "forms",
    "proces": "process",
    "colonitzacio": "colonisation",
    "metabolisme energetic": "energy metabolism",
    "intervenen": "take part",
    "pel que fa al": "as regards",
    "sensibilitat": "sensitivity",
    "acaben desenvolupant": "end up developing",
    "desenvolupen": "develop",
    "biopsia liquida": "liquid biopsy",
    "quin es el percentatge": "what is the percentage",
    # Valencia (Valencian): a blood sample's tube and storage.
    "quin tub": "which tube",
    "conservar la mostra": "store the sample",
    "mostra": "sample",
    "en sang": "in blood",
    "mesurar": "measure",
    "enviar-la al lab": "send it to the lab",
    # Valencia (Valencian): whether bone is where it spreads most; moving a patient in bed.
    "el os": "the bone",
    "os": "bone",
    "on mes metastatitza": "where it metastasises most",
    "metastatitza": "metastasises",
    "forma comuna": "common form",
    "este article": "this article",
    "com el mobilitzem": "how do we move him",
    "al llit": "in bed",
    "sense fer-li mal": "without hurting him",
    "alguna pauta": "any guideline",
    # Girona: who is listed as the corresponding author; an impact factor.
    "qui consta com a": "who is listed as",
    "consta com a": "is listed as",
    "consta": "is listed",
    "factor d'impacte": "impact factor",
    # Lleida (western Catalan): DNA and RNA, what exosomes carry, the journal, engineered exosomes,
    # the niche.
    "arn": "RNA",
    "arnm": "mRNA",
    "adn": "DNA",
    "deixa de funcionar": "stops working",
    "reparacio del adn": "DNA repair",
    "eixes": "these",
    "eixe": "that",
    "coses tipo": "things like",
    "en quina revista": "in which journal",
    "van sortir": "came out",
    "fer servir": "use",
    "fabricades": "engineered",
    "curar": "treat",
    "podrien": "could",
    "abans que": "before",
    "arribe": "arrives",
    "ninxol": "niche",
    # Barcelona (Catalan mixed with Spanish): using figures in a talk.
    "puc fer servir": "can I use",
    "per una presentacio": "for a presentation",
    "licencia": "licence",
    # Alicante: the cancer that kills most; a blood test, where and how long.
    "el que mes gent mata": "the one that kills the most people",
    "ho vaig sentir": "I heard it",
    "es pot fer": "can be done",
    "analisi de sang": "blood test",
    "on la fan": "where do they do it",
    "quant tarda": "how long does it take",
    # Barcelona (a patient): who wrote the article my oncologist passed me; the drugs; explaining
    # it simply; whether to stop chemo that no longer works, and what you recommend.
    "el meu oncoleg": "my oncologist",
    "oncoleg": "oncologist",
    "qui el va escriure": "who wrote it",
    "va escriure": "wrote",
    "medicaments": "drugs",
    "explicar facil": "explain simply",
    "facil": "easy",
    "apareix": "appears",
    "hauria de deixar": "should I stop",
    "ja no em fa efecte": "no longer works for me",
    "que em recomaneu": "what do you recommend",
    "recomaneu": "do you recommend",
    # Valencia: a concrete figure asked for, a person asked her age.
    "numero concret": "concrete number",
    "xifra concreta": "concrete figure",
    "quants anys te": "how old is",
    "quants anys tens": "how old are you",
    "index h": "h-index",
}


# Each language's reading, and its articles, prepositions and pronouns that English questions
# do not use ("die" is English too, ".com" no Portuguese). See ``language_asked_in`` for a tie
# between two languages' own words.
_LANGUAGES = {
    "spanish": (
        _SPANISH,
        "el|la|los|las|del|y|en|con|sin|una|este|esta|ese|esa|sobre|segun|tambien|porfa|necesito"
        "|para|algun|alguna|algunos|algunas|cuando|cuales|cosas|hay|pa|muy|pues|tiene|tienen"
        "|llevan|adentro|nuevo|viejo|cuanto|cuanta|cuantos|cuantas",
    ),
    "portuguese": (
        _PORTUGUESE,
        "os|da|das|dos|em|na|nas|nos|com|pra|pro|uma|esse|essa|desse|dessa|deste|desta|isso|nisso"
        "|eles|elas|dele|dela|sobre|segundo|conforme|nao|voce|ainda|tambem|preciso|de|tipo"
        "|naquela|naquele|nesse|nessa|neste|nesta|ao|aos|pelo|pela|pelos|pelas|numa|num|estao"
        "|para|ele|ela|quem|vai|meu|minha|tem|quantas|quantos|escreveu|escreveram|foi|foram"
        "|deixa|deixam|figado|faz|mae|nha|kuze|kel|kria|kenha|undi|kantu|txines|genti|nobu|resumu"
        "|unha|teno|tenen|cando|quen|tamen|dende",
    ),
    "french": (
        _FRENCH,
        "les|des|du|dans|sur|avec|pour|ils|elles|une|cette|leur|leurs|aussi|genre|chez|selon|aux"
        "|au|d'une|d'un|l'autre|elle|ses|ces|mes|lors|celle|celui|un|sans|comme|c'est|par|ne|pas"
        "|est|sont|qui|je|nous|vous|mon|ma|combien|quoi|j'ai|j'avais|j'aimerais|j'peux|apres"
        "|zot|kosa|kisa|gramoun|dokter|lopital|kanser|akcepte|osi|moun|avek|rubrik|resistans"
        "|medikaman|partaje|aster|dosie|osseuse|osseuses|revue|professeur|docteur|etudes|curieux",
    ),
    "german": (
        _GERMAN,
        "der|das|und|von|dem|den|bei|mit|im|auf|fur|eine|einen|laut|auch|zwischen|nicht|uber|zu"
        "|beim|unter|zur|zum|ich|ihren|ihre|ihrer|haben|wird|werden|sich|ein|einer|eines|dort|nach"
        "|wenn|keine|kein|oder|bzw|steht|gibt|eigentlich|denn|nennen|nennt|genannt|vom|welcher"
        "|welche|welches|welchen|welchem|ueber|fuer|viel|gibts|uberhaupt|wer|sind|gits|isch|sott"
        "|wann|wieviel|wieviele|wurde|wurd|hat|hett|mien|un|schreven|eingereicht|angenommen"
        "|veroffentlicht|hob|hod|wia|oid|scho|gell|kriagt|gschriebn|sogt|daad|wochs",
    ),
    "italian": (
        _ITALIAN,
        "il|gli|della|delle|degli|dei|nel|nella|nei|sul|sulla|sugli|quella|quello|questa|questo"
        "|anche|invece|alla|allo|ai|mi|le|lo|uno|di|posso|puoi|si|mio|mia|sulle|agli|dagli|dalla"
        "|dalle|dal|tra|fra|viene|vengono|che|sono|per|nelle|negli|piu|essere|stato|stata|anni|un"
        "|conta|cosa|alle|nell|dello|sui|col|coi|quante|quanti|uscito|uscita|del|su|chiedere|zio|zia"
        "|non|altra|altre|c'entra|c'entrano|polmonare|xe|ga|ghe|cossa|dea|nele|sule|voria|ani|chistu|chista|chiddu|quannu|sunnu|secunnu|ponnu"
        "|comu|picchi|nenti|accussi|fannu|campa|unu|tumuri|pulmuni|ho|letto|capito|cosa|quanno"
        "|tene|pecche|chesta|chisto|vulesse|guaglio|assaje|ciu|drento|dixe|belin|aoa|cosci|tumo"
        "|cose|secondo",
    ),
    "dutch": (
        _DUTCH,
        "het|een|van|dat|voor|bij|volgens|nog|wordt|dus|eigenlijk|zoals|ook|niet|naar|dit|stuk|ik"
        "|de|kunnen|tussen|met|je|mag|heeft|hebben|worden|er|om|te|krijgen|op|werd|waren|zit"
        "|waaraan|waarin|deze|wel|geen|als|uit|aan|zijn|hoe|wanneer|waarom|welke|wat|worden"
        "|mot|ikke|effe|hullie",
    ),
    "catalan": (
        _CATALAN,
        "els|amb|dels|pels|pel|aquest|aquesta|aquests|aquestes|aquell|aquella|aquells|aquelles"
        "|molt|molts|moltes|doncs|tambe|segons|seva|seves|seus|quin|quina|quins|quines|quan|quant"
        "|quants|quanta|quantes|perque|dins|fins|meva|podeu|puc|vull|diu|diuen|nomes|sota|es va"
        "|van ser|per a|ossi|ossia|ossis|ossies|xines|xinesa|cel·lula|cel·lules|em|paraules|ido"
        "|varen|duen|actualment|eixe|eixa|eixos|eixes|ixo|aixo|coses|ho|abans|va sortir|van sortir"
        "|veure|pot|anat|anys|publicat",
    ),
}


# "Not" and "without" in each language, which a question may stress in capitals ("che NON
# hanno mutazioni", "SEM mutação").
NEGATIONS = frozenset(
    "non nicht niet nao sem sin sans senza ohne zonder kein keine keinen geen pas nunca"
    " jamais".split()
)


def _any_of(words: str, elided: str = "") -> re.Pattern[str]:
    """Any of ``words`` whole, as group 1, after what ``elided`` matches. A word an apostrophe
    joins to another ("qu'y") is none of them; one in quotes ("'contagiar'") is."""
    return re.compile(rf"(?<![\w.-])(?<!\w['’]){elided}({words})(?![\w-])(?!['’]\w)", re.I)


# A word read in English may follow an elided article, which goes with it: "l'auteur" is
# "author", "d'exosomes" of exosomes. Longest first: "resumen chino" before "resumen".
_READINGS = {
    language: (_any_of("|".join(sorted(table, key=len, reverse=True)), r"(?:[ld]['’])?"), table)
    for language, (table, _) in _LANGUAGES.items()
}
_OWN_WORD_PATTERNS = {language: _any_of(own) for language, (_, own) in _LANGUAGES.items()}
# A part of a paper's record named in another language inside an English question: "In which
# Zeitschrift and on which Datum …?", "Who are the Autoren …?". Only one-word names every table
# reads alike, and none that English writes too ("data" is Portuguese for a date). Not the
# abstract: "resumo rapido pfv" asks for a quick summary.
_RECORD_PARTS = frozenset("journal author authors date title keywords references funding".split())
_ENGLISH_TOO = frozenset({"data", "resume"})


def _borrowed_record_names() -> dict[str, str]:
    """Each one-word name of a record part and its English, where every table reads it so."""
    readings: dict[str, set[str]] = {}
    for table, _ in _LANGUAGES.values():
        for word, english in table.items():
            readings.setdefault(word, set()).add(english)
    return {
        word: next(iter(read))
        for word, read in readings.items()
        if " " not in word and word not in _ENGLISH_TOO and len(read) == 1 and read <= _RECORD_PARTS
    }


_BORROWED_RECORD_NAMES = _borrowed_record_names()
_BORROWED_RECORD_NAME = _any_of("|".join(sorted(_BORROWED_RECORD_NAMES, key=len, reverse=True)))
# The words of each language that are no learned words to read in English: its own
# (Portuguese "preciso" is "I need"), and the English its reading wrote ("oncologist", written
# for "oncologue", is not "oncology").
_NOT_LEARNED = {
    language: frozenset(own.split("|")).union(
        word for english in table.values() for word in english.lower().split()
    )
    for language, (table, own) in _LANGUAGES.items()
}


# Words only Portuguese ends so, read without their accents: "comunicação", "lesões",
# "especificidade". They count as its own words, though, unlike them, they name topics.
_ENDS_AS_PORTUGUESE = re.compile(r"(?<![\w'’-])[a-z]+(?:[cs]ao|[cs]oes|dades?)(?![\w'’-])", re.I)
# Words only Catalan ends so, as written with their accent: "secció", "publicació" (Spanish
# "-ción", Portuguese "-ção").
_ENDS_AS_CATALAN = re.compile(r"(?<![\w'’-])[^\W\d_]+ció(?![\w'’-])", re.I)


def language_asked_in(question: str, as_written: str | None = None) -> str | None:
    """The language besides English a question is asked in: Spanish when "¿" opens it, Catalan
    when one of its own words is there and its letters tell it, else the one with most of its
    own words, at least two (on a tie, the one with most words to read, then the first of
    ``_LANGUAGES``); with fewer, the one its letters tell (see ``_told_by_letters``, given the
    question ``as_written``, accents kept, when it was read without them); None for an English
    question."""
    if _SPANISH_QUESTION in question:
        return "spanish"
    counts = {
        language: len({word.lower() for word in pattern.findall(question)})
        for language, pattern in _OWN_WORD_PATTERNS.items()
    }
    counts["portuguese"] += len({word.lower() for word in _ENDS_AS_PORTUGUESE.findall(question)})
    written = as_written or question
    counts["catalan"] += len({word.lower() for word in _ENDS_AS_CATALAN.findall(written)})
    # Catalan shares its articles and prepositions with Spanish ("el", "la", "en", "sobre"), which
    # outnumber its own words: one of them is enough when its letters tell it.
    if counts["catalan"]:
        sure = _SURE_OF_CATALAN if counts["catalan"] == 1 else _SURE_OF_CATALAN_BY_ITS_WORDS
        if _told_by_letters(question, written, {"catalan"}, sure_of_catalan=sure) == "catalan":
            return "catalan"
    most = max(counts.values())
    if most < _MOST_LANGUAGE_WORDS:
        with_own_words = {language for language, count in counts.items() if count}
        return _told_by_letters(question, written, with_own_words)
    # A tie ("la … con" Spanish, "dei … anni" Italian) goes to the language more of whose
    # words the question reads ("sopravvivenza", "percentuale").
    tied = [language for language, count in counts.items() if count == most]
    return max(tied, key=lambda language: len(_READINGS[language][0].findall(question)))


# Quoted text, not an elided article's apostrophe: "… a review 'Mechanisms of …' e quando …".
_QUOTED_TITLE = re.compile(r"(?<!\w)(['‘\"“«])[^'‘’\"“”«»]{8,}?['’\"”»](?!\w)")
_LINGUA_LANGUAGES = {
    Language.SPANISH: "spanish",
    Language.PORTUGUESE: "portuguese",
    Language.FRENCH: "french",
    Language.GERMAN: "german",
    Language.ITALIAN: "italian",
    Language.DUTCH: "dutch",
    Language.CATALAN: "catalan",
}


@cache
def _letter_models() -> LanguageDetector:
    """lingua's models of English and the languages read here (in its wheel: nothing is
    downloaded), loaded at the first question they are asked of."""
    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, *_LINGUA_LANGUAGES).build()


def _told_by_letters(
    question: str, as_written: str, with_own_words: set[str], sure_of_catalan: float | None = None
) -> str | None:
    """The language lingua's models of letter sequences are sure a question ``as_written`` is
    in, when the question holds one of that language's own words (the languages
    ``with_own_words``, as counted by ``language_asked_in``) or words to read: "cuando lo
    recibieron y cuando lo aceptaron al articulo …?" has one Spanish own word ("y"), "Combien de
    références compte la revue de Yuan et Tang?" none of French; None when lingua is unsure, or
    rates English first, or the question is in Chinese. A question holding no such word (most
    English ones) is told without loading the models (1.4 s and 190 MB at first use). Catalan
    is weighed only when one of its own words asks for it (``sure_of_catalan`` given), and told
    when lingua is at least that sure of it."""
    holding = with_own_words | {
        language
        for language, (words_to_read, _) in _READINGS.items()
        if words_to_read.search(question)
    }
    if not holding or CJK_RUN_PATTERN.search(as_written):
        return None
    # A title quoted in English tells nothing of the language it is asked about in.
    unquoted = _QUOTED_TITLE.sub(" ", as_written)
    ratings = _letter_models().compute_language_confidence_values(unquoted)
    # Otherwise Catalan's share of a short Italian or Spanish question leaves its own language
    # unsure: "papà c'ha le metastasi all'osso, quali problemi je possono venì?"
    if sure_of_catalan is None:
        ratings = [rating for rating in ratings if rating.language != Language.CATALAN]
    total = sum(rating.value for rating in ratings)
    if not total:
        return None
    surest = ratings[0]
    language = _LINGUA_LANGUAGES.get(surest.language)
    catalan = language == "catalan" and sure_of_catalan is not None
    sure_at = sure_of_catalan if catalan else _SURE_OF_LANGUAGE
    return language if language in holding and surest.value / total >= sure_at else None


def own_words_in(question: str, language: str | None) -> frozenset[str]:
    """The articles, prepositions and pronouns of ``language`` (the one the question is asked
    in, see ``language_asked_in``) that it holds ("les", "d'une", "selon"), in lower case; none
    for an English question. They name no topic: weighed as words the papers never use, they
    would outweigh the question's terms."""
    if language is None:
        return frozenset()
    return frozenset(word.lower() for word in _OWN_WORD_PATTERNS[language].findall(question))


_EUPHONIC_T = re.compile(r"-t-(?=(?:il|elle|on|ils|elles)\b)", re.I)
_SPACE_BEFORE_MARK = re.compile(r"\s+([?!:;])")
_SPLIT_BIJDRAGEN = re.compile(
    r"\b(?:dragen|draagt|droegen|droeg)\b(?=(?: [\w-]+){0,5}? bij\b(?! zich))", re.I
)
_TRAGEN_MIT_SICH = re.compile(
    r"\b(?:tragen|tragt|trugen|trug)\b(?=(?: [\w/-]+){0,8}? mit sich\b)", re.I
)
_RESISTANCE_THEN_ITS_VERB = re.compile(
    r"\b(resistenz|resistentie)((?: [\w-]+){1,4}?) (ausbreiten|verbreiten|weitergeben|ubertragen"
    r"|overdragen|verspreiden|doorgeven)\b",
    re.I,
)
# German typed without its umlauts writes ä, ö and ü as "ae", "oe" and "ue" ("ueber",
# "Genveraenderung", "koennen").
_SPELT_UMLAUT = re.compile(r"(?<=[aou])e", re.I)
_WORD_WITH_SPELT_UMLAUT = re.compile(r"(?<![\w'’])[^\W\d_]*[aou]e[^\W\d_]*(?![\w'’])", re.I)
_OWN_WORDS = {language: frozenset(own.split("|")) for language, (_, own) in _LANGUAGES.items()}
# The articles, prepositions and pronouns of every language read, in lower case.
FUNCTION_WORDS = frozenset().union(*_OWN_WORDS.values())
_WORDS_READ = {
    language: frozenset(
        word for phrase in [*table, *_OWN_WORDS[language]] for word in phrase.split()
    )
    for language, (table, _) in _LANGUAGES.items()
}


def with_umlauts_unspelt(
    question: str, language: str | None, is_a_word: Callable[[str], bool]
) -> str:
    """A German question's words that write an umlaut as "ae", "oe" or "ue" as its accents
    dropped would leave them ("ueber" → "uber", as "über" is read), where that is a word read
    here or one ``is_a_word`` knows; "Koeffizient", "neue" and "Frauen" stay as written.
    Unchanged when the question is in another ``language``."""
    if language != "german":
        return question

    def known(word: str) -> bool:
        lowered = word.lower()
        return lowered in _WORDS_READ["german"] or is_a_word(lowered)

    def unspelt(found: re.Match[str]) -> str:
        word = found.group()
        if known(word):
            return word
        plain = _SPELT_UMLAUT.sub("", word)
        return plain if known(plain) else word

    return _WORD_WITH_SPELT_UMLAUT.sub(unspelt, question)


# A word and those joined to it by hyphens ("nicht-kleinzelligen", "5-jaarsoverleving").
_HYPHENATED_WORD = re.compile(r"(?<![\w'’-])\w+(?:-\w+)*(?![\w'’-])")
# German and Dutch join a noun to the one before it ("Resistenzeigenschaften",
# "borstkankerpatiënten"); a word this long may be two.
_MIN_COMPOUND = 10
_COMPOUNDING = frozenset({"german", "dutch"})
# A part is no stray syllable ("innen" of "Patientinnen"). A word is parted where both parts
# are words, or where one is a word this long and the other may be a word not known here
# ("Resistenz eigenschaften"): a shorter one is often an ending's stem ("Patient enplasma").
_MIN_PART = 6
_MIN_LONE_PART = 8
_MIN_OTHER_PART = 4
# German nouns with these endings (and Dutch "overzicht", "overleving") take an "s" before the
# noun joined to them.
_ENDS_BEFORE_JOINING_S = ("ung", "heit", "keit", "schaft", "ion", "tat", "ling", "icht", "ing")


def with_compounds_parted(
    question: str,
    language: str | None,
    is_a_word: Callable[[str], bool],
    is_read: Callable[[str], bool] = lambda word: False,
) -> str:
    """A German or Dutch question's long words that are no word read here, nor one
    ``is_a_word`` knows or ``is_read`` reads as English, parted where one part is a word read
    here or known ("Resistenzeigenschaften" → "Resistenz eigenschaften", "5-jaarsoverleving" →
    "5-jaars overleving"); the longest such part wins, and a German "s" that joins it to the next
    goes ("Behandlungsmöglichkeiten" → "Behandlung möglichkeiten"). Unchanged in other
    languages."""
    if language not in _COMPOUNDING:
        return question

    def known(word: str) -> bool:
        return word in _WORDS_READ[language] or is_a_word(word) or is_read(word)

    def a_part(word: str) -> bool:
        # A word's English stem ("immunosuppress" of "immunosuppressieve") is no part of it,
        # nor is an article or a pronoun ("werden" of "Beschwerden").
        return word not in _OWN_WORDS[language] and (
            word in _WORDS_READ[language] or is_a_word(word)
        )

    def parted(word: str) -> str:
        lowered = word.lower()
        if len(word) < _MIN_COMPOUND or not word.isalpha() or known(lowered):
            return word
        splits = []
        for cut in range(_MIN_OTHER_PART, len(word) - _MIN_OTHER_PART + 1):
            left, right = lowered[:cut], lowered[cut:]
            # The "s" after "-ung", "-heit" or "-ion" joins, and belongs to neither part.
            if right.startswith("s") and left.endswith(_ENDS_BEFORE_JOINING_S):
                right = right[1:]
            parts = [part for part in (left, right) if len(part) >= _MIN_PART and a_part(part)]
            if len(parts) == 2 or any(len(part) >= _MIN_LONE_PART for part in parts):
                splits.append((len(parts), max(map(len, parts)), left, right, cut))
        if not splits:
            return word
        *_, right, cut = max(splits)
        return f"{word[:cut]} {word[len(word) - len(right) :]}"

    def each_parted(found: re.Match[str]) -> str:
        words = found.group()
        if known(words.lower()):
            return words
        return "-".join(parted(word) for word in words.split("-"))

    return _HYPHENATED_WORD.sub(each_parted, question)


_ELIDED_COMPOUND_PART = re.compile(
    r"(?<![\w-])(\w{3,}?)(s?)-(?=\s+(?:und|oder|bzw|sowie|en|of)\s)", re.I
)


def _unelided(part: re.Match[str]) -> str:
    stem, joining_s = part.group(1), part.group(2)
    return stem if stem.lower().endswith(_ENDS_BEFORE_JOINING_S) else stem + joining_s


def with_english_question_words(question: str, language: str | None) -> str:
    """A question asked in ``language`` with its question words, and the record's words, in
    English ("Quando o manuscrito foi received?" → "when o manuscrito was received?"); asked in
    English (``language`` None), only the record's parts it names in another language."""
    if language is None:
        return _BORROWED_RECORD_NAME.sub(
            lambda word: _BORROWED_RECORD_NAMES[word.group(1).lower()], question
        )
    if language == "french":
        # "a-t-il", "existe-t-elle": the euphonic "t" is no word (read, it asks of T cells).
        question = _EUPHONIC_T.sub("-", question)
        # "…, quel chiffre ?": French sets a space before its question mark.
        question = _SPACE_BEFORE_MARK.sub(r"\1", question)
    if language == "dutch":
        # "Hoe dragen exosomen bij aan …": the verb is "bijdragen" (contribute), not "dragen".
        question = _SPLIT_BIJDRAGEN.sub("bijdragen", question)
    if language == "german":
        # "Welche Moleküle tragen Exosomen … mit sich?": they carry them, not wear them.
        question = _TRAGEN_MIT_SICH.sub("mitbringen", question)
    if language in _COMPOUNDING:
        # "… die Resistenz innerhalb eines Tumors ausbreiten?": the verb last, read beside
        # what it does.
        question = _RESISTANCE_THEN_ITS_VERB.sub(r"\1 \3\2", question)
        # "Neuerkrankungs- und Sterberate": the first part of a compound whose rest the next
        # one gives, read as its own word.
        question = _ELIDED_COMPOUND_PART.sub(_unelided, question)
    pattern, table = _READINGS[language]
    return pattern.sub(lambda word: table[word.group(1).lower()], question)


def english_read_in(question: str, language: str | None) -> str:
    """The English that ``with_english_question_words`` writes for ``question``'s words, even
    where it is the word as written ("quel tube" → "which tube"); "" for English (None)."""
    if language is None:
        return ""
    pattern, table = _READINGS[language]
    return " ".join(table[found.lower()] for found in pattern.findall(question))


# How Spanish, Portuguese, French, Italian and German write the sounds of English's learned
# words, applied to both sides so that "mecanismo" and "mechanism", "pacientes" and "patients",
# "Osteoklasten" and "osteoclasts" share one spelling; longest first within each step.
_SHARED_SPELLING = (
    # Spanish "inmunoterapia", "inmune": English's "imm-".
    (r"^inm", "im"),
    (r"isch", "ic"),
    (r"ph", "f"),
    (r"th", "t"),
    (r"ch", "c"),
    (r"y", "i"),
    (r"z", "c"),
    (r"cao", "tio"),
    (r"coe", "tio"),
    (r"ti(?=[aeiou])", "ci"),
    (r"(.)\1", r"\1"),
)
# The endings those languages put where English ends a learned word's stem ("-encia" for
# "-ence", "-ismos" for "-isms", "-ierung" and "-acion" for "-ation"), in the shared spelling.
_COGNATE_ENDINGS = frozenset(
    """ a o e i s n os as es en er ia ie io is ion iones ione ioni ions ias ios ao aos
    ico ica icos icas ici ice icen icer iques ique ismo ismos isme ismes ismus ista istas
    idad idades idade ite ites itat ita icidad icidade encia encias ence ences ens ensa enca
    ante antes ancia ancias ierung ieren iert ado ada ados adas ato ata ati ate ales al ale
    ali ais aux ar ares ario aria arios arias ores or ora oras eur eurs ivo iva ivos ivas if
    ive iv ives ivi ose osa osos osas oso eux euse oses osen acion aciones acione acioni acio
    acie icacion icacione icacio icacie""".split()
) | {""}
# A stem shorter than this shares its opening with too many unrelated words.
_MIN_COGNATE_STEM = 5
# After an elided article, which stays ("l'ultracentrifugazione", "dell'isolamento").
_LEARNED_WORD = re.compile(
    rf"(?:(?<=[ld]['’])|(?<![\w'’-]))[A-Za-z]{{{_MIN_COGNATE_STEM + 1},}}(?![\w'’-])", re.I
)


def _shared_spelling(word: str, english: bool = False) -> str:
    # English writes "k" in few learned words that the others write with "c" ("kinase" is also
    # "cinasa"), and in everyday ones they do not share ("marker" is no "marcher").
    if not english:
        word = word.replace("k", "c")
    for pattern, replacement in _SHARED_SPELLING:
        word = re.sub(pattern, replacement, word)
    return word


class Cognates:
    """A question in another language with its learned words written as the English words they
    share a stem with ("mecanismos" → "mechanisms", "terapéutico" → "therapeutic",
    "Osteoklasten" → "osteoclasts"), told by spelling alone: a word is the English word's when
    it opens with that word's stem and ends with one of the endings those languages give it."""

    def __init__(self, english_words: Iterable[str], is_a_word: Callable[[str], bool]) -> None:
        self._english_words = frozenset(english_words)
        self._is_a_word = is_a_word

    @cached_property
    def _words(self) -> dict[str, str]:
        # Spelt out only when a question first needs it: most questions are in English.
        words: dict[str, str] = {}
        plain = (word for word in self._english_words if word.isalpha() and word.isascii())
        for word in sorted(plain, key=lambda w: (len(w), w)):
            for stem in terms(word)[:1]:
                spelt = _shared_spelling(stem, english=True)
                # "metastasi" (metastasis) is "metastas" in "metástasis" and "Metastasen".
                for key in {spelt, spelt.rstrip("aeiou")}:
                    if len(key) >= _MIN_COGNATE_STEM:
                        words.setdefault(key, word)
        return words

    def read(self, question: str, language: str | None) -> str:
        """``question`` with its learned words in English when it is asked in another
        ``language``; unchanged when that is None (English)."""
        if language is None:
            return question
        kept = _NOT_LEARNED[language]

        def english(found: re.Match[str]) -> str:
            word = found.group()
            return word if word.lower() in kept else self._english_of(word)

        return _LEARNED_WORD.sub(english, question)

    def reads(self, word: str) -> bool:
        """Whether ``word`` (in lower case) is read as an English word it shares a stem with."""
        return self._english_of(word) != word

    def _english_of(self, word: str) -> str:
        lowered = word.lower()
        if self._is_a_word(lowered):
            return word
        for stem in terms(lowered)[:1]:
            spelt = _shared_spelling(stem)
            for cut in range(len(spelt), _MIN_COGNATE_STEM - 1, -1):
                english = self._words.get(spelt[:cut])
                if english is not None and spelt[cut:] in _COGNATE_ENDINGS:
                    return english
        return word
