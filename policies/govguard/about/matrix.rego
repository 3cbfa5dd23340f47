# The compliance matrix: every article of the Regulations on Security Management of Internet
# Government Applications (2024), marked automated (with the controls that check it, found from
# each control's `articles`), manual (with the question a reviewer must answer) or not applicable
# to infrastructure code (with the reason). An automated article that the controls cover only in
# part also carries the question for the rest ("review").
package govguard.about

chapters := {
	1: {"zh": "第一章 总则", "en": "Chapter 1 General provisions"},
	2: {"zh": "第二章 开办和建设", "en": "Chapter 2 Establishment and construction"},
	3: {"zh": "第三章 信息安全", "en": "Chapter 3 Information security"},
	4: {"zh": "第四章 网络和数据安全", "en": "Chapter 4 Network and data security"},
	5: {"zh": "第五章 电子邮件安全", "en": "Chapter 5 E-mail security"},
	6: {"zh": "第六章 监测预警和应急处置", "en": "Chapter 6 Monitoring, early warning and emergency response"},
	7: {"zh": "第七章 监督管理", "en": "Chapter 7 Supervision and administration"},
	8: {"zh": "第八章 附则", "en": "Chapter 8 Supplementary provisions"},
}

# Article numbers of the first article of each chapter, in order.
chapter_starts := [[1, 1], [2, 4], [3, 13], [4, 17], [5, 31], [6, 36], [7, 40], [8, 42]]

chapter_of(article) := max([start[0] | some start in chapter_starts; start[1] <= article])

manual(question_zh, question_en) := {"status": "manual", "question": {"zh": question_zh, "en": question_en}}

not_applicable(reason_zh, reason_en) := {"status": "not_applicable", "reason": {"zh": reason_zh, "en": reason_en}}

review(question_zh, question_en) := {"review": {"zh": question_zh, "en": question_en}}

# The summary of each article and, where no control decides it, how a reviewer handles it.
base := {
	1: object.union({"summary": {"zh": "立法目的与依据", "en": "Purpose and legal basis"}}, not_applicable("说明立法目的与依据，不对基础设施提出要求。", "States the purpose and legal basis; places no requirement on infrastructure.")),
	2: object.union({"summary": {"zh": "适用范围与定义", "en": "Scope and definitions"}}, not_applicable("界定适用主体与互联网政务应用的范围。", "Defines who is bound and what counts as an Internet government application.")),
	3: object.union({"summary": {"zh": "网络安全“三同步”与防范篡改、致瘫、窃取", "en": "Security planned, built and used with the application; tampering, outage and theft prevented"}}, manual("网络安全是否与应用同步规划、同步建设、同步使用，并有防篡改、防攻击致瘫、防数据窃取的措施？", "Was security planned, built and put into use together with the application, with measures against tampering, outage attacks and data theft?")),
	4: object.union({"summary": {"zh": "网站开办审核、备案与经费", "en": "Website opening review, filing and budget"}}, manual("网站是否完成开办审核与备案，运维和安全经费是否纳入预算？", "Has the website passed the opening review and filing, and are operation and security funds in the budget?")),
	5: object.union({"summary": {"zh": "网站域名后缀与使用", "en": "Website domain suffixes and use"}}, review("是否只注册一个中文域名和一个英文域名，且未将域名转让他人使用？", "Is only one Chinese and one English domain registered, and none transferred to others?")),
	6: object.union({"summary": {"zh": "移动应用分发渠道", "en": "Distribution of mobile applications"}}, manual("移动应用是否只在已备案的分发平台或本单位网站分发？", "Are mobile applications distributed only on filed distribution platforms or the organisation's own website?")),
	7: object.union({"summary": {"zh": "电子证书或纸质证书身份核验", "en": "Identity verification with electronic or paper certificates"}}, manual("分发应用、开办公众账号时是否向平台提供了机构编制部门制发的证书用于核验？", "Were the certificates issued by the establishment authorities provided to platforms when distributing apps or opening public accounts?")),
	8: object.union({"summary": {"zh": "互联网政务应用命名", "en": "Naming of Internet government applications"}}, manual("应用名称是否使用实体机构名称或规范简称（或区域名加职责名并标明机构名称）？", "Is the application named after the organisation or its standard abbreviation (or region plus function, with the organisation shown)?")),
	9: object.union({"summary": {"zh": "网上标识", "en": "Online identifier"}}, manual("网站首页底部中间是否加注了专属网上标识？", "Does the website carry its dedicated online identifier at the bottom centre of the home page?")),
	10: object.union({"summary": {"zh": "网站集约化建设", "en": "Consolidated construction of websites"}}, not_applicable("这是地区和部门统筹规划网站建设的义务，不针对单个应用的基础设施。", "An obligation of regions and departments to plan their websites together, not of one application's infrastructure.")),
	11: object.union({"summary": {"zh": "开放标准与不绑定单一平台", "en": "Open standards and no lock-in to a single platform"}}, manual("应用是否支持开放标准、不要求特定浏览器或软件，且不以注册使用特定互联网平台为获取服务的前提？", "Does the application follow open standards, require no particular browser or software, and not make a specific Internet platform a precondition of service?")),
	12: object.union({"summary": {"zh": "变更与关闭时的数据归档和删除", "en": "Archiving and deleting data on change or closure"}}, review("关闭服务时是否注销了域名和备案信息？", "On closing a service, were the domain and filing records cancelled?")),
	13: object.union({"summary": {"zh": "信息发布审核", "en": "Review of published information"}}, manual("是否有书面的信息发布审核制度，指定机构和在编人员审核并留存审核记录？", "Is there a documented publication review with a designated office and named staff, and are review records kept?")),
	14: object.union({"summary": {"zh": "转载信息", "en": "Republishing information"}}, manual("转载内容是否与履职相关、经过真实性评估，并准确标注来源、时间和链接？", "Is republished content relevant to official duties, checked for truthfulness, and marked with its source, time and link?")),
	15: object.union({"summary": {"zh": "外部链接管理与跳转提示", "en": "External links and departure warnings"}}, manual("是否定期检查外部链接，门户网站在跳转到非党政机关网站时是否明确提示？", "Are external links checked regularly, and does the portal warn users when a link leaves for a non-government site?")),
	16: object.union({"summary": {"zh": "保密管理", "en": "Protection of state and work secrets"}}, manual("是否有保密措施防止发布国家秘密和工作秘密，并防范数据汇聚关联引发的泄密？", "Are there controls against publishing state or work secrets, and against leaks through aggregation and correlation of data?")),
	17: object.union({"summary": {"zh": "等级保护与密码应用", "en": "Graded protection and cryptography requirements"}}, review("是否完成等级保护定级备案与测评（要求的系统达到第三级），并落实整改？", "Has graded protection been filed and assessed (level 3 where required), and were the findings remediated?")),
	18: object.union({"summary": {"zh": "年度安全检测评估", "en": "Annual security testing and assessment"}}, review("是否每年至少一次、以及每次升级上线前进行安全检测评估？（govguard check --record 的记录可作为基础设施部分的证据。）", "Is the application tested and assessed at least yearly and before each release? (The record from govguard check --record can evidence the infrastructure part.)")),
	19: object.union({"summary": {"zh": "访问控制与 IP 限制", "en": "Access control and IP restrictions"}}, review("面向工作人员的功能与邮箱系统是否限制接入的 IP 或设备，境外访问是否按白名单限时限设备开通？", "Are staff functions and the mail system limited to allowed IP ranges or devices, with overseas access opened only by allow-list, time and device?")),
	20: object.union({"summary": {"zh": "日志留存不少于一年并备份", "en": "Logs kept at least a year and backed up"}}, review("防火墙、主机等设备的运行日志是否同样留存一年以上？", "Are the operating logs of firewalls, hosts and other devices also kept for a year or more?")),
	21: object.union({"summary": {"zh": "数据分类分级与重点保护", "en": "Data classification and protection of important data"}}, review("是否有覆盖个人信息与商业秘密的分类分级制度？", "Is there a classification scheme covering personal information and trade secrets?")),
	22: object.union({"summary": {"zh": "个人信息与未公开资料不得对外提供", "en": "Personal and non-public information not disclosed"}}, review("收集的个人信息和未公开资料是否只用于法定职责，未经同意不向第三方提供？", "Is collected personal and non-public information used only for statutory duties and never given to third parties without consent?")),
	23: {"summary": {"zh": "数据中心与云平台设在境内", "en": "Data centres and cloud platforms located in China"}},
	24: object.union({"summary": {"zh": "采用通过安全评估的云平台", "en": "Cloud platforms that passed the security assessment"}}, review("所采购云服务的安全评估证明与使用管理记录是否存档？", "Are the security assessment evidence and the usage management records of the purchased cloud service on file?")),
	25: object.union({"summary": {"zh": "外包管理与最高权限", "en": "Outsourcing and top administrator rights"}}, review("外包合同是否明确网络和数据安全责任并禁止转包、分包？", "Do outsourcing contracts set network and data security duties and forbid subcontracting?")),
	26: {"summary": {"zh": "容灾备份", "en": "Disaster recovery and backup"}},
	27: object.union({"summary": {"zh": "开发安全与业务连续性", "en": "Secure development and business continuity"}}, review("外部代码是否经过安全检测，是否有应对供应商服务变更的业务连续性计划？", "Is third-party code security-tested, and is there a business continuity plan for changes in suppliers' services?")),
	28: {"summary": {"zh": "CDN 境内节点", "en": "CDN on domestic nodes"}},
	29: object.union({"summary": {"zh": "安全连接与电子政务电子认证", "en": "Secure connections and e-government certification"}}, review("所用证书是否由依法设立的电子政务电子认证服务机构签发？", "Are the certificates issued by a lawfully established e-government electronic certification service?")),
	30: object.union({"summary": {"zh": "实名认证与多因素鉴别", "en": "Real-name verification and multi-factor authentication"}}, review("是否对注册用户进行真实身份认证，应用内账号是否有多因素鉴别与终端绑定？", "Are registered users verified by real identity, and do in-application accounts use multi-factor authentication and device binding?")),
	31: object.union({"summary": {"zh": "工作邮箱系统与域名", "en": "Work mail systems and their domains"}}, review("是否禁止用工作邮箱存储、处理、传输、转发国家秘密？", "Is storing, processing or sending state secrets through work mail forbidden?")),
	32: object.union({"summary": {"zh": "邮箱账号全生命周期管理", "en": "Mail account life cycle"}}, manual("是否有工作邮箱账号申请、发放、变更、注销流程并定期清理？", "Is there a process to request, issue, change and close work mail accounts, with regular clean-ups?")),
	33: object.union({"summary": {"zh": "关闭自动转发与自动下载附件", "en": "Auto-forwarding and automatic attachment download off"}}, manual("邮件系统是否关闭了自动转发和自动下载附件功能？", "Are mail auto-forward and automatic attachment download disabled?")),
	34: object.union({"summary": {"zh": "恶意邮件检测与钓鱼情报共享", "en": "Malicious mail detection and phishing intelligence"}}, manual("邮件系统是否检测拦截恶意邮件（含内部邮件），并报送、应用钓鱼邮件威胁情报？", "Does the mail system detect and block malicious mail (internal mail included) and report and apply phishing threat intelligence?")),
	35: object.union({"summary": {"zh": "邮件数据商用密码保护", "en": "Commercial cryptography for stored mail"}}, manual("是否采用商用密码技术保护邮件数据的存储（鼓励性要求）？", "Is stored mail protected with commercial cryptography (an encouraged measure)?")),
	36: object.union({"summary": {"zh": "安全监测", "en": "Security monitoring"}}, review("是否实时监测运行状态与网络安全事件，并配合主管部门的监测检查？", "Are operating status and security events monitored in real time, in cooperation with the authorities' monitoring?")),
	37: object.union({"summary": {"zh": "安全事件报告", "en": "Incident reporting"}}, manual("是否有按规定向有关部门报告网络安全事件的流程？", "Is there a procedure to report security incidents to the competent authorities?")),
	38: object.union({"summary": {"zh": "应急预案与处置", "en": "Emergency plans and response"}}, manual("是否有网络安全应急预案并演练，事件发生时能立即启动？", "Is there a rehearsed security emergency plan that can be started at once?")),
	39: object.union({"summary": {"zh": "假冒仿冒应用的监测处置", "en": "Counterfeit applications"}}, not_applicable("这是机构编制、网信、电信与公安部门的职责。", "A duty of the establishment, cyberspace, telecommunications and public security authorities.")),
	40: object.union({"summary": {"zh": "监督管理职责分工", "en": "Division of supervisory duties"}}, not_applicable("规定主管部门及地区、部门的管理职责。", "Sets the duties of the authorities, regions and departments.")),
	41: object.union({"summary": {"zh": "责任追究", "en": "Accountability"}}, not_applicable("规定违规后的责任追究。", "Sets accountability for violations.")),
	42: object.union({"summary": {"zh": "关键信息基础设施参照执行", "en": "Critical information infrastructure"}}, manual("应用是否属于关键信息基础设施？如是，是否同时满足关键信息基础设施的安全保护要求？", "Is the application critical information infrastructure, and if so, does it also meet the requirements for protecting it?")),
	43: object.union({"summary": {"zh": "解释权", "en": "Interpretation"}}, not_applicable("规定解释机关。", "Names the interpreting authorities.")),
	44: object.union({"summary": {"zh": "施行日期", "en": "Entry into force"}}, not_applicable("规定施行日期。", "Sets the date of entry into force.")),
}

# Controls that check each article, in catalogue order.
controls_for(article) := [id |
	some id in catalogue_order
	article in catalogue[id].articles
]

catalogue_order := sort(object.keys(catalogue))

entry(article) := object.union_n([base[article], status_of(article), {
	"article": article,
	"chapter": chapters[chapter_of(article)],
	"controls": controls_for(article),
}])

status_of(article) := {"status": "automated"} if {
	count(controls_for(article)) > 0
} else := {}

# METADATA
# description: The compliance matrix, one entry per article in order.
# entrypoint: true
articles := [entry(article) | some article in numbers.range(1, 44)]
