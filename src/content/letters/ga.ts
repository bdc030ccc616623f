import { letterSchema } from '#schemas/letter.ts';

// Irish. `**…**` marks the words the letter sets in bold; `{…}` takes a fact of the event.
export default letterSchema.parse({
  salutation: 'A chomhghleacaí,',
  paragraphs: [
    'Tá ról fíordhearfach ag an idirlíon agus ag na meáin shóisialta inár saol agus inár sochaithe. Mar sin féin, baineann antoiscigh fhoréigneacha úsáid astu freisin chun a n-aidhmeanna a chur chun cinn, cibé acu trí theagmháil, trí bholscaireacht, trí radacú nó trí earcaíocht. Is fíor sin go háirithe i bhfianaise an tsrutha de throdaithe coigríche mar a thugtar orthu agus na nglaonna ar ‘jihad leictreonach’ atá roimh an Aontas Eorpach.',
    'Is cuideachtaí príobháideacha is mó a oibríonn an t-idirlíon agus, in éineacht leis an tsochaí shibhialta, is acu atá an saineolas is fearr ar an idirlíon. Os a choinne sin, is ag na gníomhaireachtaí forfheidhmithe dlí agus ag na seirbhísí faisnéise atá an t-eolas is fearr ar ghníomhaíochtaí sceimhlitheoireachta. Dá bhrí sin, is cur chuige riachtanach é an t-idirphlé poiblí-príobháideach chun na hionstraimí is fearr a shainaithint chun úsáid an idirlín agus na meán sóisialta ag sceimhlitheoirí a laghdú.',
    'Ina Theachtaireacht “Cosc a chur le radacú i dtreo na sceimhlitheoireachta agus an antoisceachais fhoréignigh: freagairt an Aontais Eorpaigh a neartú”, mhol an Coimisiún Eorpach fóram a bhunú le príomhghníomhaithe i dtionscal an idirlín chun na dúshláin a eascraíonn as bolscaireacht sceimhlitheoireachta ar líne a phlé, chun taithí a mhalartú agus chun deiseanna le haghaidh comhair níos dlúithe a fhiosrú. Ar an gcaoi chéanna, áirítear an togra sin sna dréacht-treoirlínte maidir le hantoisceachas foréigneach a chomhrac, a chuirfear faoi bhráid na Comhairle um Cheartas agus Gnóthaí Baile ar an {councilDate}.',
    'Tá fonn láidir ar an Aontas Eorpach agus ar na hAirí Gnóthaí Baile an t-idirphlé le mórchuideachtaí i dtionscal an idirlín a fheabhsú maidir le saincheisteanna is ábhar imní don dá thaobh a bhaineann le radacú ar líne agus le gnéithe eile den chaidreamh poiblí-príobháideach. Dá bhrí sin, reáchtálfaimid **dinnéar aireachta ar an {date}**. Is é cuspóir an chruinnithe sin na dúshláin agus na deiseanna atá romhainn a phlé.',
  ],
  topicsIntro:
    'Go háirithe, ba mhaith linn le linn an phlé tagairt a dhéanamh do na saincheisteanna seo a leanas:',
  audience: 'Seoltar an cuireadh seo chuig {audience}.',
  venue:
    'Beidh an dinnéar ar siúl ar an {date} ag {time} i Lucsamburg ({place}) an oíche roimh chruinniú {occasion}.',
  reply:
    'Bheimis buíoch díot dá ndeimhneofá do rannpháirtíocht **faoin {deadline}** chuig an seoladh ríomhphoist feidhmiúil seo a leanas: {mailbox}',
  lookForward: 'Táimid ag súil le fáilte a chur romhat i Lucsamburg ar an {date}.',
  closing: 'Is mise le meas,',
  translation: {
    originalPrevails: 'Is aistriúchán é seo. Is é an bunleagan Béarla atá i réim.',
    event: {
      topics: [
        'Na dúshláin a eascraíonn as úsáid an idirlín ag sceimhlitheoirí agus freagairtí féideartha orthu: uirlisí agus teicnící chun freagairt do ghníomhaíochtaí sceimhlitheoirí ar líne, go háirithe maidir le tionscnaimh shonracha frithinsinte a fhorbairt; bearta deonacha agus bearta féinrialála (m.sh. sásraí chun ábhar a mharcáil agus a thuairisciú); bearta faoi stiúir na n-údarás forfheidhmithe dlí (m.sh. aonaid atreoraithe, imscrúduithe, srl.);',
        'Dúshláin slándála a bhaineann leis an idirlíon i gcomhthéacs an chaidrimh níos leithne le mórchuideachtaí i dtionscal an idirlín, agus riachtanais an phróisis chuí agus cearta bunúsacha á gcur san áireamh;',
        'Bealaí chun muinín a chothú agus níos mó trédhearcachta a bhaint amach.',
      ],
      audience: {
        minister: 'Airí Gnóthaí Baile na mBallstát',
        coordinator: 'Comhordaitheoir Frithsceimhlitheoireachta an Aontais Eorpaigh',
        industry: 'ionadaithe ardleibhéil ó mhórchuideachtaí i dtionscal an idirlín',
      },
    },
  },
});
