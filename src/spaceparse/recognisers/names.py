"""Given names: the evidence that a short capitalised line (``Stefan Loibl``, ``Jessica DeFino``)
is a person, where nothing else on the page says so (no "By", no author markup).

Common given names of the languages news is written in (English, German, French, Spanish,
Portuguese, Italian, Dutch, the Scandinavian languages, Polish, Czech, Hungarian, Turkish,
Greek, Russian and Ukrainian transliterated, Arabic, Persian, Indian, Indonesian, Chinese,
Japanese and Korean romanised), lower case. A title-case phrase of a menu or a headline
(``Movie Trailers``, ``Today's Paper``, ``Große Aufgaben``) rarely opens with one.
"""

from __future__ import annotations

import unicodedata

__all__ = ["fold_accents", "is_given_name"]

_TEXT = """
aaron abby abdul abdullah abel abigail abraham ada adam adela adelaide adele adeline adil aditi aditya adolf
adrian adriana adrien agata agatha agathe agnes agnieszka agustin agustina ahmad ahmed aida aidan aileen aimee
ainhoa aisha aitor akira alain alan alana albert alberta alberto albrecht alec alejandra alejandro aleksander
aleksandra alessandra alessandro alessia alex alexa alexander alexandra alexandre alexandru alexei alexis alfie
alfons alfonso alfred alfredo ali alice alicia alina aline alisha alison alissa alistair allan allison alma
alois alva alvaro amalia amanda amber amelia amelie amir amit amy ana anabel anastasia anatoli anders andi
andre andrea andreas andrei andres andrew andrzej andy aneta angel angela angelica angelika angelina angelo
angus anika anita anja ann anna annabel annabelle annalena anne annegret anneke annett annette annie annika
anselm anthony antje antoine anton antonia antonio antonin anu anuj april ariane arianna ariel arjun arlette
arman armin arnaud arne arnold aron arthur artur arturo arvid asa asha ashley ashok ashwin asif asja astrid
atul audrey august augusta augustin aurelia aurelie aurora austin ava avery axel ayesha aylin ayse ayşe
barbara barbora barry bart bartosz basil bastian bea beata beate beatrice beatriz beatrix becky belen
belinda ben bence benedict benedikt benjamin benno bernadette bernard bernardo bernd bernhard bert berta
bertrand beth bethany betty bettina bianca bilal bill birgit birte bjorn björn blake blanca bob bogdan
boris brad bradley brandon brenda brendan brett brian bridget brigitte britta brittany bronwyn bruce bruno
bryan burak cameron camila camille candice cara carina carl carla carles carlo carlos carmen carol carola
carole caroline carolyn carsten casey caspar cassandra catalina caterina catherine cathy cecile cecilia
cedric celia celine cem cesar chad chantal charles charlie charlotte chen cheng cheryl chiara chloe chris
christa christian christiane christina christine christoph christophe christopher chuck cindy claire clara
clare clarissa claudia claudio claus clemens clement cody colin connor conor constance constantin cora
corinna corinne cornelia cornelius craig cristian cristina curtis cynthia dagmar dag daisy dale dalia damian
damien dan dana daniel daniela daniele danielle danny dante daria dario darius darren dave david davide dawn
dean debbie deborah declan deepak deirdre denis denise dennis derek desiree detlef devin diana diane diego
dieter dietmar dimitri dimitris dina dirk dmitri dmitry dolores dominic dominik dominika dominique don donald
donna dora doris dorothea dorothee dorothy doug douglas drew duncan dustin dylan ebba ed eddie edgar edith
edmund edoardo eduard eduardo edward edwin eileen eka ekaterina elaine elena eleni eleanor elena eli elias
elif elin elisa elisabet elisabeth elisabetta elise eliza elizabeth elke ella ellen ellie elliot elliott
eloise elsa else elvira emil emilia emilie emilio emily emma emmanuel emmanuelle emre enrico enrique enzo
eric erica erik erika erin ernest ernesto ernst esra esteban estelle esther ethan etienne eugen eugene eugenia
eva evan evangelos eve evelyn evelyne ewa ezra fabian fabienne fabio fabrice fahad faisal farah fatima fatma
federica federico felipe felix ferdinand fernanda fernando filip filipa filippo finn fiona flavia flavio
florence florian francesca francesco francis francisca francisco franck francois françoise frank franz
franziska fred freddie frederic frederick frederik freya frida friedrich fritz gabi gabriel gabriela
gabriele gabrielle gareth gary gavin gemma geneviève genevieve georg george georges georgia georgina gerald
gerard gerardo gerd gerda gerhard gert gianluca gianni gil gilbert gilles gina giorgia giorgio giovanna
giovanni gisela giulia giulio giuseppe gladys glen glenn gloria gordon grace graham grant greg gregor
gregory greta gretchen guido guillaume guillermo gunnar gunter günter günther gustav gustavo guy hamid
hana hanna hannah hannes hans hanna harald hari harold harriet harry hasan hassan hauke hayley heather hector
hedwig heidi heike heiko heinrich heinz helen helena helene helga helmut hendrik henning henri henrik henrike
henry herbert herman hermann hilde hildegard hiroshi holger holly horst howard hubert hugh hugo huw ian
ida ignacio igor ilona ilse imke imogen ina ines inés inga inge ingo ingrid irene irina iris irma isaac
isabel isabell isabella isabelle ismail ivan ivana ivo jack jackie jacob jacqueline jacques jade jaime
jakob jakub james jamie jan jana jane janet janina janine janne jannik jaroslav jasmin jasmine jason javier
jay jayden jean jeanette jeanne jeff jeffrey jelena jennifer jenny jens jeremy jerome jerzy jesper jess
jesse jessica jesus jill jim jimmy jo joachim joan joana joanna joao joaquin jochen jodie joe joel joerg
johan johanna johannes john jon jonas jonathan jordan jordi jorge jörg jose josef josefine joseph josephine
josh joshua josie josé joy joyce juan juana judith judy jule jules julia julian juliana julie julien juliet
julio julius june jurgen jürgen justin justine jutta kai kamal kamil karen karin karina karl karla karol
karolina karoline kasia kaspar kate katharina katherine kathleen kathrin kathryn katie katja katrin
katrina kay kazuki keith kelly ken kenneth kenji kerstin kevin khaled kim kimberly kirsten klara klaus
konrad konstantin kristian kristin kristina kurt kyle lara larissa lars laura laurence laurent lauren
lea leah lee leila lena lennart leo leon leona leonard leonardo leonie leopold lew lewis lia liam lidia
lili lilian liliana lily lina linda lindsay lindsey lisa lise liv livia liz liza lluis lois lola lorenz
lorenzo loretta lori lorraine lotte louis louisa louise luc luca lucas lucia luciana lucie lucy ludwig
luis luisa luka lukas lukasz luke luna lutz lydia lynn madeleine madison magda magdalena maggie magnus
mahmoud maik maja malte manfred manon manuel manuela marc marcel marcela marcello marcin marco marcos
marcus mareike margaret margarete margarita margot mari maria mariana marianne marie mariel marina mario
marion marisa marius mark markus marlene marta martha martin martina marty marvin mary maryam mateo
mathias mathilde matilda matt matteo matthew matthias mattia maurice mauricio mauro max maxim maxime
maximilian maya megan mehmet melanie melinda melissa mercedes meryem mia michael michaela michał michel
michele michelle miguel mika mike mikhail milan milena miriam mirjam mohamed mohammad mohammed moira mona
monica monika morgan moritz muhammad murat nadia nadine nancy naomi natalia natalie natascha nathalie
nathan nathaniel neil nelson nicholas nick nicklas niclas nico nicola nicolas nicole niels nik nikita
niklas nikolai nikolaus nils nina noah noel noemi nora norbert norman ole oleg olga oliver olivia olivier
omar oscar oskar otto owen pablo paige pamela paola paolo pascal pascale patricia patrick patrik paul paula
paulina pauline pavel pawel pedro peggy per peter petra philip philipp philippe phillip phoebe pia piero
pierre pietro piotr pola priya rachel rafael rafal raffaele rahul rainer raj rajesh ralf ralph ramon
randy raphael raquel raul ray raymond rebecca regina reinhard reinhold renate rene renee ricardo riccardo
richard rick rico rita rob robert roberta roberto robin rocio roger roland rolf roman romain ron ronald
ronja rosa rosalie rose rosemary ross ruben rudolf rudy rupert russell ruth ryan sabine sabrina sacha sam
samantha sami samuel sandra sandro sanjay sara sarah sascha saskia scott sean sebastian sebastien selin
selma serena sergei sergey sergio seth shane shannon sharon shawn sheila shirley sibylle sidney sigrid
silke silvia simon simona simone sina sofia sofie sonia sonja sophia sophie stacy stan stanislav stefan
stefanie stefano steffen steffi stella stephan stephane stephanie stephen steve steven stuart sue susan
susanne suzanne svea sven svenja sylvia sylvie tamara tania tanja tanya tara ted teresa terry tess thea
theo theresa therese thierry thilo thomas thorsten tiago till tilman tim timo timothy tina tobias tom
tomas tomasz toni tony torsten tracy travis tristan troy tyler udo ulf ulla ulrich ulrike uma ursula ute
uwe valentin valentina valeria valerie vanessa vera veronica veronika vicente victor victoria viktor
vincent vincenzo viola violeta virginia vivian vladimir walter wanda warren wayne wendy werner wiebke
wilhelm will william willy wim winfried wojciech wolfgang xavier yann yannick yasmin yusuf yvonne zach
zachary zoe zoé zofia
abdel abdelaziz ahmet akash amina amira anand anjali ankit arash arif ayman aziz bao carlota chandra
deniz dong emine erdem farid farida fatemeh fei feng gul hakan hamza hao hina hiroko hong hui hyun imran
ji jia jian jie jin jing jun kaito kenta kumar lan lei li lin ling liu mei min ming mustafa nam naoki
naveen neha nguyen ning nobuko omer ozan pooja ravi reza rohan sakura sana sara seo seung shin shu sunil
suresh takashi tao tariq tuan vikram vivek wei wen xiao xin yan yang yasin yi ying yong yoshi yu yuki
yusuke zainab zeynep zhang zhi
abe ada adele agnieszka alba aldo alejo alf alfredo alicja alix allie aloys alvin amadou amalie ambrose anatole
andrej andrzej angelique anke annemarie anouk ansgar antonella arlo arnd arvo asbjørn åsa aslak assunta astrid
audun augustine aurélie auriane axelle baptiste barnaby bastien baudouin beatrix bendik benoit benoît bérénice
bettina birger bjarne blaise bodil bogusław bonnie bram brandt brenton brigid bronisław brook brooke bryony
caitlin caleb calum candela carine carmela carolin caroline casimir cato cecilie cédric celestine cesare charlène
charley chiara chrissy christel christoffer ciara cillian clarence claudine clotilde colette conrad consuelo
corentin cornelis courtney cristobal cyril cyrille dafne dalibor damiano danuta daphne darcy darina davina
dawid deidre delphine desmond diarmuid didier dieuwke dimitrios dinah dirk dolly dominique donatella dorota
dorte ebbe edda edvard eero egil eilif einar eivind ekkehard elaine eleonora eleonore elfriede elin eline elisabeth
ella ellinor elodie élodie elsbeth emeric emilie émilie emmerich enno enrica erlend espen estelle ethel étienne
eugénie evert evie fabiola faye felicitas felicity fenna filippa finnur flemming florentin florence francine
franco françois frauke fredrik frej frieda friederike gaspard gaston gaute geir gemma genoveva gerrit gert
gertrud ghislaine gillian gino giselle gitte göran gösta gottfried grazia grete gudrun guðrún gunhild gunilla
gustaf gwen gwendolyn haakon håkon halvard halvor hamish hanne hannelore hansjörg harriet hartmut hedda heinrich
helge helle helmer henriette herta hjalmar hedvig hilary hilde hillary hortense hugues ida idun ilka ilse imelda
inger ingeborg ingmar ingrid irmgard isa isak isidor ivar iwona jacqui jacquie jakob jannis janusz jarle jarmila
jarosław jeanne jenna jeroen jette jitka joakim jocelyn joern johanne jolanta joost jorunn josefa josephine
jostein jovana judit juha jukka julien julius jutta kacper kaja kalle karel karianne karsten kasper katarina
katarzyna katerina kathrine kjell kjersti knut kolja kornelia kristoffer krzysztof kuba kåre lasse laurens laurids
laurie leif leni lennard leonor leopoldine liesbeth lieve linnea lisbeth liselotte ljubica lorelei lotta lucien
ludger ludmila ludovic lukáš lykke madelaine magali magne magnhild mads maëlle malgorzata małgorzata malin malina
marek margit margrethe marguerite mariam marianna marieke marit marjolein markéta marlies marta marthe marthe
martín mateusz mathieu mathis maud maxine mette micha michaël michaelis mikael mikkel milos miloš mirela mirko
monique nadja nanna natasza neele nele nikolaj nils-erik nina noor norah odd oda ola olaf olav olof orla ottilie
øystein paavo patrice pauliina peer pekka pelle perrine petr petter philippa pieter pirjo przemysław quentin
rafaela ragnar ragnhild rasmus regine reidar reinout renata reto riikka rikke roald robbie roel rolando romy
rosalind rune rutger sabina salome sander sanna sebastiano sepp severin sietske sigmund sigrun sigurd siobhan
siri sisse sjoerd solveig sondre søren stanisław stein steinar stig stina sune sunniva svend sverre synnøve
szymon tadeusz teodor terje thekla therese thor thora tiina tine tobias tomáš tommaso tone tor tore torben
torbjørn torunn trine trond truls tuomas tuva ulla ulrik ulrikke una ursel valdemar valérie vegard veronique
véronique vibeke vidar viggo vilde vilhelm viljam ville vincenzo vítězslav vojtěch wenche wibke wieland wiktor
willem wilma witold wouter yngve yrsa zbigniew zdeněk zuzana
aiden alexis alyssa amos andre angie archie ariana arnie ashton bailey barney beau bella benny bernie blair
bobby bonita brady brianna brooklyn bud caleb callum camden cara carson carter cassidy cedar chance chandler chase
chelsea chester cheyenne christy claude clay clayton clifford clint clyde cole colleen connie cooper corey cory
courtney dakota dallas damon dane darlene darrell darryl delaney della delores derrick dexter dillon dolly dominick
donovan dorian dwayne dwight earl eden elijah ellis elmer elsie elton emerson emmett ernie estella ethel eva evelyn
everett faith felicia fern flora floyd forrest frances frankie gail garrett gavin gene georgia gerry gilbert ginger
glenda gordon grady greer gwendolyn hadley hailey hank harlan harper harvey hazel heath heidi herb hope hunter
irene iris irving ivy jackson jacqueline jake jared jarrod jasper jean jed jenna jerry jillian joanne jocelyn jody
joey johnny jolene josiah jude julianne justina kara kari karl katelyn kathy kay kayla kendall kendra kennedy kent
kerry kirk kristen kristy kurt kyla lacey lance landon lane larry laverne lawrence leigh leland lenny leroy lester
levi lila lincoln lindsey lloyd logan lonnie loren lorenzo lou lowell lucille lyle mabel mackenzie mae malcolm
mallory marcia marge margie marian marilyn marjorie marla marlon marsha marshall mason maureen maxwell mckenzie
mel melvin meredith micah mickey milton miranda misty mitchell molly monty myles myra neal ned nell nettie nigel
nolan noreen norma oliver opal orville otis pam parker patsy patty paula pearl penny percy perry pete peyton
phil phyllis piper preston quincy quinn rachael ralph randall reba reed reggie rex rhonda ricky riley rita roberta
rocco rodney roland ronnie rory rosie rowan roxanne roy ruby rudy rusty sadie sally sammy sawyer seymour shari
shaun shelby shelley sherman sherry sidney skyler sonny spencer stacey stanley sterling stewart summer sydney
tabitha tammy tanner taylor teddy terrence thelma theodore tiffany toby todd tommy tonya trent trevor trudy
tucker ty tyrone valerie vance vaughn vera vern vernon vicki vickie virgil wade wallace walt wanda wes wesley
whitney wilbur willard willie wilson winston wyatt yolanda yvette zane
"""

GIVEN_NAMES: frozenset[str] = frozenset(_TEXT.split())


def is_given_name(word: str) -> bool:
    """``Stefan``, ``JESSICA``, ``Zoé``, ``Per-Erik``: a common given name, any case."""
    word = word.lower().strip(".,'’")
    if word in GIVEN_NAMES or ("-" in word and word.split("-", 1)[0] in GIVEN_NAMES):
        return True
    if word.isascii():
        return False
    return fold_accents(word) in GIVEN_NAMES  # "André", "Zoë", "José"


def fold_accents(text: str) -> str:
    """``text`` without its accents (``André`` -> ``Andre``, ``seznamzprávy`` -> ``seznamzpravy``):
    what file names and host names write."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
