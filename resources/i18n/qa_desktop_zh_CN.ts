<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <source>(no owner yet)</source>
        <translation>（未指定责任人）</translation>
    </message>
    <message>
        <source>New corrective action — {number}</source>
        <translation>新建纠正措施 — {number}</translation>
    </message>
    <message>
        <source>A corrective action removes the cause so that the problem does not recur.</source>
        <translation>纠正措施用于消除原因，防止问题再次发生。</translation>
    </message>
    <message>
        <source>Corrective action {seq} — {number}</source>
        <translation>纠正措施 {seq} — {number}</translation>
    </message>
    <message>
        <source>Describe what will be done.</source>
        <translation>请描述将采取的措施。</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>措施描述(&amp;I)：</translation>
    </message>
    <message>
        <source>What will be done to remove the cause</source>
        <translation>为消除原因将采取的措施</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>责任人(&amp;W)：</translation>
    </message>
    <message>
        <source>Who is responsible for carrying out the action</source>
        <translation>负责实施该措施的人员</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>完成期限(&amp;U)：</translation>
    </message>
    <message>
        <source>The planned completion date</source>
        <translation>计划完成日期</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>E&amp;vidence note:</source>
        <translation>证据说明(&amp;V)：</translation>
    </message>
    <message>
        <source>What shows it was done (record, ticket, document); attach the files themselves below the action list</source>
        <translation>证明措施已完成的依据（记录、工单、文件）；文件本身请在措施列表下方附加</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>Input</source>
        <translation>评审输入</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>汇报人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <source>Not possible</source>
        <translation>无法执行</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Attach photos or documents as evidence for this item</source>
        <translation>附加照片或文档作为此检查项的证据</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected file from this answer (Delete)</source>
        <translation>从此回答中移除所选文件（Delete）</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a file; Delete removes it</source>
        <translation>双击或按 Enter 键打开文件；按 Delete 键移除</translation>
    </message>
    <message>
        <source>{name}
{size} · added by {who} on {when}</source>
        <translation>{name}
{size} · {who} 于 {when} 添加</translation>
    </message>
    <message>
        <source>Making thumbnails…</source>
        <translation>正在生成缩略图…</translation>
    </message>
    <message>
        <source>Drop files here · double-click to open</source>
        <translation>将文件拖放到此处 · 双击打开</translation>
    </message>
    <message>
        <source>Double-click to open</source>
        <translation>双击打开</translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation>附加证据文件</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx *.xls *.xlsx *.txt);;All files (*)</source>
        <translation>照片和文档 (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx *.xls *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>未能附加</translation>
    </message>
    <message>
        <source>These files could not be attached:
{list}</source>
        <translation>以下文件未能附加：
{list}</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>No program is set up to open {name}.</source>
        <translation>没有可以打开 {name} 的程序。</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <source>Remove {name} from this answer?</source>
        <translation>从此回答中移除 {name}？</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>A checklist of this process has been started</source>
        <translation>此过程已有检查表启动</translation>
    </message>
    <message>
        <source>A checklist has been started for this department</source>
        <translation>此部门已有检查表启动</translation>
    </message>
    <message>
        <source>The lead auditor</source>
        <translation>审核组长</translation>
    </message>
    <message>
        <source>Auditor independence:</source>
        <translation>审核员独立性：</translation>
    </message>
    <message>
        <source>Started ({answered}/{total})</source>
        <translation>已启动（{answered}/{total}）</translation>
    </message>
    <message>
        <source>Already started: its answers are kept</source>
        <translation>已启动：保留其回答</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Start this checklist when the audit is saved</source>
        <translation>保存审核时启动此检查表</translation>
    </message>
    <message>
        <source>No template for this process</source>
        <translation>此过程没有模板</translation>
    </message>
    <message>
        <source>(lead auditor)</source>
        <translation>（审核组长）</translation>
    </message>
    <message>
        <source>The audit is reported: no more checklists can start.</source>
        <translation>审核已报告：不能再启动检查表。</translation>
    </message>
    <message>
        <source>{new} checklist(s) will start on save; {started} already started.</source>
        <translation>保存时将启动 {new} 个检查表；已启动 {started} 个。</translation>
    </message>
    <message>
        <source>Enter a title for the audit.</source>
        <translation>请输入审核标题。</translation>
    </message>
    <message>
        <source>Tick at least one process to audit.</source>
        <translation>请至少勾选一个受审过程。</translation>
    </message>
    <message>
        <source>Tick at least one department to audit.</source>
        <translation>请至少勾选一个受审部门。</translation>
    </message>
    <message>
        <source>The planned end is before the planned start.</source>
        <translation>计划结束日期早于计划开始日期。</translation>
    </message>
    <message>
        <source>Auditor independence</source>
        <translation>审核员独立性</translation>
    </message>
    <message>
        <source>{warnings}

Auditors should not audit their own work. Save the plan anyway?</source>
        <translation>{warnings}

审核员不应审核自己的工作。仍要保存计划吗？</translation>
    </message>
    <message>
        <source>assigned when saved</source>
        <translation>保存时分配</translation>
    </message>
    <message>
        <source>Audit {number}</source>
        <translation>审核 {number}</translation>
    </message>
    <message>
        <source>New audit</source>
        <translation>新建审核</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>过程</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>受审部门</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>纳入</translation>
    </message>
    <message>
        <source>Audit plan</source>
        <translation>审核计划</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>计划(&amp;P)</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Required, e.g. the annual internal audit of the service management system</source>
        <translation>必填，例如：服务管理体系年度内部审核</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>审核目标(&amp;O)：</translation>
    </message>
    <message>
        <source>What the audit is to find out (ISO 19011 6.3.2.2 a)</source>
        <translation>审核要查明的内容（ISO 19011 6.3.2.2 a)）</translation>
    </message>
    <message>
        <source>&amp;Criteria:</source>
        <translation>审核准则(&amp;C)：</translation>
    </message>
    <message>
        <source>The standards and internal documents the evidence is compared with</source>
        <translation>与审核证据进行比较的标准和内部文件</translation>
    </message>
    <message>
        <source>Audit c&amp;lient:</source>
        <translation>审核委托方(&amp;L)：</translation>
    </message>
    <message>
        <source>Who asked for the audit and receives the report</source>
        <translation>提出审核要求并接收审核报告的一方</translation>
    </message>
    <message>
        <source>&amp;Methods and sampling:</source>
        <translation>审核方法与抽样(&amp;M)：</translation>
    </message>
    <message>
        <source>Interviews, record checks, site walks, and how large the samples are</source>
        <translation>面谈、查阅记录、现场巡视，以及抽样规模</translation>
    </message>
    <message>
        <source>Locat&amp;ions:</source>
        <translation>审核地点(&amp;I)：</translation>
    </message>
    <message>
        <source>Concl&amp;usion:</source>
        <translation>审核结论(&amp;U)：</translation>
    </message>
    <message>
        <source>For the report: how far the audit criteria are fulfilled</source>
        <translation>用于审核报告：满足审核准则的程度</translation>
    </message>
    <message>
        <source>&amp;Scope and team</source>
        <translation>范围与审核组(&amp;S)</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>受审过程</translation>
    </message>
    <message>
        <source>Audited &amp;departments:</source>
        <translation>受审部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Tick the departments to audit (space toggles)</source>
        <translation>勾选要审核的部门（空格键切换勾选）</translation>
    </message>
    <message>
        <source>&amp;Lead auditor:</source>
        <translation>审核组长(&amp;L)：</translation>
    </message>
    <message>
        <source>The audit team leader (people with the auditor or quality-manager role)</source>
        <translation>审核组长（具有内审员或质量经理角色的人员）</translation>
    </message>
    <message>
        <source>Planned s&amp;tart:</source>
        <translation>计划开始(&amp;T)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Planned e&amp;nd:</source>
        <translation>计划结束(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Opening meeting:</source>
        <translation>首次会议(&amp;O)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>Closin&amp;g meeting:</source>
        <translation>末次会议(&amp;G)：</translation>
    </message>
    <message>
        <source>Audit te&amp;am:</source>
        <translation>审核组成员(&amp;A)：</translation>
    </message>
    <message>
        <source>Tick the auditors who work with the lead auditor (space toggles)</source>
        <translation>勾选与审核组长一起审核的审核员（空格键切换勾选）</translation>
    </message>
    <message>
        <source>Chec&amp;klists</source>
        <translation>检查表(&amp;K)</translation>
    </message>
    <message>
        <source>One row per audited process and department. Ticked rows get their checklist when you save; checklists already started stay as they are.</source>
        <translation>每个受审过程和部门占一行。保存时为已勾选的行启动检查表；已启动的检查表保持不变。</translation>
    </message>
    <message>
        <source>ISO 9001 9.2.2 c): auditors must not audit their own work</source>
        <translation>ISO 9001 9.2.2 c)：审核员不应审核自己的工作</translation>
    </message>
</context>
<context>
    <name>AuditsTableModel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>审核组长</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>过程</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>NCs</source>
        <translation>不符合项</translation>
    </message>
</context>
<context>
    <name>AuditsView</name>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>{number} {title} — {status}</source>
        <translation>{number} {title} — {status}</translation>
    </message>
    <message>
        <source>Auditor independence:</source>
        <translation>审核员独立性：</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>{lead} (lead); {team}</source>
        <translation>{lead}（组长）；{team}</translation>
    </message>
    <message>
        <source>{lead} (lead)</source>
        <translation>{lead}（组长）</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>Opening {opening}; closing {closing}</source>
        <translation>首次会议 {opening}；末次会议 {closing}</translation>
    </message>
    <message>
        <source>Double-click or press Enter to answer a checklist.</source>
        <translation>双击或按 Enter 键填写检查表。</translation>
    </message>
    <message>
        <source>No checklists yet: start them with Edit…</source>
        <translation>尚无检查表：请通过“编辑…”启动。</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>已纠正</translation>
    </message>
    <message>
        <source>not corrected</source>
        <translation>未纠正</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>待核查</translation>
    </message>
    <message>
        <source>Audit closed</source>
        <translation>审核已关闭</translation>
    </message>
    <message>
        <source>{number} is closed: its plan can no longer change.</source>
        <translation>{number} 已关闭：其审核计划不能再修改。</translation>
    </message>
    <message>
        <source>Report audit</source>
        <translation>出具报告</translation>
    </message>
    <message>
        <source>{missing} of {total} checklist items of {number} are unanswered. Once reported, answers can no longer change. Report the audit anyway?</source>
        <translation>{number} 的 {total} 个检查项中有 {missing} 个未作答。出具报告后，回答将不能再修改。仍要出具报告吗？</translation>
    </message>
    <message>
        <source>Close audit</source>
        <translation>关闭审核</translation>
    </message>
    <message>
        <source>Close {number}? A closed audit&apos;s plan can no longer change.</source>
        <translation>关闭 {number}？审核关闭后，其计划不能再修改。</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Show the audits of one year, or of all years</source>
        <translation>显示某一年或全部年份的审核</translation>
    </message>
    <message>
        <source>Show only audits whose number, title, status or lead auditor contains this text</source>
        <translation>仅显示编号、标题、状态或审核组长包含此文本的审核</translation>
    </message>
    <message>
        <source>Filter audits…</source>
        <translation>筛选审核…</translation>
    </message>
    <message>
        <source>Plan a new audit (Ctrl+Shift+N)</source>
        <translation>策划新的审核（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>&amp;New audit…</source>
        <translation>新建审核(&amp;N)…</translation>
    </message>
    <message>
        <source>Edit the selected audit&apos;s plan and start more checklists (Ctrl+E, or double-click the audit)</source>
        <translation>编辑所选审核的计划并启动更多检查表（Ctrl+E，或双击该审核）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Mark the planned audit as started</source>
        <translation>将已计划的审核标记为进行中</translation>
    </message>
    <message>
        <source>&amp;Start audit</source>
        <translation>开始审核(&amp;S)</translation>
    </message>
    <message>
        <source>Mark the audit as reported: its checklist answers can no longer change</source>
        <translation>将审核标记为已报告：其检查表回答将不能再修改</translation>
    </message>
    <message>
        <source>&amp;Report audit</source>
        <translation>出具报告(&amp;R)</translation>
    </message>
    <message>
        <source>Close the reported audit: its plan can no longer change</source>
        <translation>关闭已报告的审核：其计划将不能再修改</translation>
    </message>
    <message>
        <source>C&amp;lose audit</source>
        <translation>关闭审核(&amp;L)</translation>
    </message>
    <message>
        <source>PDF documents of the selected audit: plan, checklists, nonconformity register, report</source>
        <translation>所选审核的 PDF 文件：审核计划、检查表、不符合项登记表、审核报告</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>文件(&amp;D)</translation>
    </message>
    <message>
        <source>Double-click an audit to edit it; Enter opens its checklist</source>
        <translation>双击审核进行编辑；按 Enter 键打开其检查表</translation>
    </message>
    <message>
        <source>Audit plan</source>
        <translation>审核计划</translation>
    </message>
    <message>
        <source>ISO 9001 9.2.2 c): auditors must not audit their own work</source>
        <translation>ISO 9001 9.2.2 c)：审核员不应审核自己的工作</translation>
    </message>
    <message>
        <source>Select an audit to see its plan and checklists.</source>
        <translation>选择一个审核以查看其计划和检查表。</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>审核目标：</translation>
    </message>
    <message>
        <source>Processes:</source>
        <translation>过程：</translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation>受审部门：</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>审核准则：</translation>
    </message>
    <message>
        <source>Audit team:</source>
        <translation>审核组：</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>会议：</translation>
    </message>
    <message>
        <source>Audit client:</source>
        <translation>审核委托方：</translation>
    </message>
    <message>
        <source>Methods:</source>
        <translation>审核方法：</translation>
    </message>
    <message>
        <source>Locations:</source>
        <translation>审核地点：</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>审核结论：</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>跟踪验证：</translation>
    </message>
    <message>
        <source>Open nonconformities of earlier audits in this audit&apos;s processes and departments, to be checked again</source>
        <translation>本次审核所涉过程和部门中以往审核的未关闭不符合项，需再次核查</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Double-click a checklist or press Enter to answer it</source>
        <translation>双击检查表或按 Enter 键进行填写</translation>
    </message>
    <message>
        <source>Answer the selected checklist (Enter)</source>
        <translation>填写所选检查表（Enter）</translation>
    </message>
    <message>
        <source>&amp;Open checklist</source>
        <translation>打开检查表(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ChecklistRunner</name>
    <message>
        <source>Undo answer</source>
        <translation>撤销回答</translation>
    </message>
    <message>
        <source>Redo answer</source>
        <translation>重做回答</translation>
    </message>
    <message>
        <source>{key}  {label}</source>
        <translation>{key}  {label}</translation>
    </message>
    <message>
        <source>Record “{label}” (key {key} in the list, Alt+{key} anywhere)</source>
        <translation>记录为“{label}”（在列表中按 {key}，任意位置按 Alt+{key}）</translation>
    </message>
    <message>
        <source>%v / %m answered</source>
        <translation>已答 %v / %m</translation>
    </message>
    <message>
        <source>Keys 1–4 choose · Ctrl+↓ next · F8 next unanswered · Ctrl+Z undo</source>
        <translation>按 1–4 选择 · Ctrl+↓ 下一项 · F8 下一未答项 · Ctrl+Z 撤销</translation>
    </message>
    <message>
        <source>No checklist open</source>
        <translation>未打开检查表</translation>
    </message>
    <message>
        <source>Open a checklist from an audit.</source>
        <translation>请从审核中打开检查表。</translation>
    </message>
    <message>
        <source>Audit {audit} is {status}: its answers can no longer change. You can read them here.</source>
        <translation>审核 {audit} 状态为“{status}”：回答不能再修改，可在此查看。</translation>
    </message>
    <message>
        <source>{audit} · {title} ({code} v{version})</source>
        <translation>{audit} · {title}（{code} v{version}）</translation>
    </message>
    <message>
        <source>Auditee: {department} · Auditor: {auditor}</source>
        <translation>受审部门：{department} · 审核员：{auditor}</translation>
    </message>
    <message>
        <source>NCs raised: {count}</source>
        <translation>已提不符合项：{count}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>已保存 {time}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Answers are saved as you go</source>
        <translation>回答自动保存</translation>
    </message>
    <message>
        <source>Every answer is saved as soon as it is given; there is no Save button.</source>
        <translation>每个回答一经填写即保存，无需“保存”按钮。</translation>
    </message>
    <message>
        <source>A percentage from 0 to 100</source>
        <translation>0 到 100 之间的百分比</translation>
    </message>
    <message>
        <source>The measured value ({unit})</source>
        <translation>测量值（{unit}）</translation>
    </message>
    <message>
        <source>Open {number} in the nonconformities page</source>
        <translation>在不符合项页面打开 {number}</translation>
    </message>
    <message>
        <source>This audit is reported or closed: answers cannot change.</source>
        <translation>此审核已报告或关闭：回答不能修改。</translation>
    </message>
    <message>
        <source>{item} accepts only {allowed}</source>
        <translation>{item} 只能回答 {allowed}</translation>
    </message>
    <message>
        <source>{item}: {result}</source>
        <translation>{item}：{result}</translation>
    </message>
    <message>
        <source>the measured value must be a number</source>
        <translation>测量值必须是数字</translation>
    </message>
    <message>
        <source>a percentage must be between 0 and 100</source>
        <translation>百分比必须在 0 到 100 之间</translation>
    </message>
    <message>
        <source>the measured value cannot be negative</source>
        <translation>测量值不能为负数</translation>
    </message>
    <message>
        <source>{item}: {fields}</source>
        <translation>{item}：{fields}</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>sampled records</source>
        <translation>抽样记录</translation>
    </message>
    <message>
        <source>sample size</source>
        <translation>样本量</translation>
    </message>
    <message>
        <source>nonconforming count</source>
        <translation>不符合数</translation>
    </message>
    <message>
        <source>measured value</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>result</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Every item is answered.</source>
        <translation>所有检查项均已作答。</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Back to the audits (Alt+Left)</source>
        <translation>返回审核（Alt+Left）</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Nonconformities and observations raised from this checklist</source>
        <translation>由此检查表提出的不符合项和观察项</translation>
    </message>
    <message>
        <source>Items answered out of the checklist&apos;s items</source>
        <translation>已作答检查项数 / 检查项总数</translation>
    </message>
    <message>
        <source>List only the items still to be answered (F8 jumps to the next one)</source>
        <translation>仅列出尚未作答的检查项（F8 跳到下一个）</translation>
    </message>
    <message>
        <source>&amp;Unanswered only</source>
        <translation>仅未作答(&amp;U)</translation>
    </message>
    <message>
        <source>Checklist items. 1–4: choose the result · Ctrl+Down / Ctrl+Up: next / previous item · F8: next unanswered item</source>
        <translation>检查项。1–4：选择结论 · Ctrl+Down / Ctrl+Up：下一项 / 上一项 · F8：下一未答项</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <translation>条款：</translation>
    </message>
    <message>
        <source>Sample / evidence:</source>
        <translation>抽样/证据：</translation>
    </message>
    <message>
        <source>Guidance:</source>
        <translation>指引：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>What you saw, heard and read: the objective evidence. Saved as you type.</source>
        <translation>所见、所闻、所查：即客观证据。输入时自动保存。</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>样本量(&amp;S)：</translation>
    </message>
    <message>
        <source>How many records you sampled (prefilled from the checklist)</source>
        <translation>抽样的记录数（按检查表预填）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>N&amp;onconforming:</source>
        <translation>不符合数(&amp;O)：</translation>
    </message>
    <message>
        <source>How many of the sampled records did not conform</source>
        <translation>抽样记录中不符合的数量</translation>
    </message>
    <message>
        <source>&amp;Measured value:</source>
        <translation>测量值(&amp;M)：</translation>
    </message>
    <message>
        <source>Sampled &amp;records:</source>
        <translation>抽样记录(&amp;R)：</translation>
    </message>
    <message>
        <source>Ticket, slip or serial numbers of the records you looked at, separated by commas or 、</source>
        <translation>所查记录的工单号、单据号或序列号，用逗号或“、”分隔</translation>
    </message>
    <message>
        <source>e.g. INC-20251104-017, INC-20251104-022</source>
        <translation>例如 INC-20251104-017、INC-20251104-022</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <source>Nonconformities from this item</source>
        <translation>由此检查项提出的不符合项</translation>
    </message>
    <message>
        <source>Raise a nonconformity or observation from this item, prefilled from the answer (Ctrl+N)</source>
        <translation>由此检查项提出不符合项或观察项，按回答预填（Ctrl+N）</translation>
    </message>
    <message>
        <source>Raise NC…</source>
        <translation>提出不符合项…</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the nonconformity</source>
        <translation>双击或按 Enter 键打开不符合项</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Computing the statistics</source>
        <translation>正在计算统计数据</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>{closed} of {counted} closed</source>
        <translation>{counted} 项中已关闭 {closed} 项</translation>
    </message>
    <message>
        <source>median {median}</source>
        <translation>中位数 {median}</translation>
    </message>
    <message>
        <source>overdue corrective actions: {count}</source>
        <translation>逾期纠正措施：{count}</translation>
    </message>
    <message>
        <source>{effective} effective, {failed} not effective</source>
        <translation>有效 {effective}，无效 {failed}</translation>
    </message>
    <message>
        <source>All years: {total} nonconformities, {open} open</source>
        <translation>全部年份：共 {total} 项不符合项，未关闭 {open} 项</translation>
    </message>
    <message>
        <source>Found in {year}: {total} nonconformities, {open} open</source>
        <translation>{year} 年发现：共 {total} 项不符合项，未关闭 {open} 项</translation>
    </message>
    <message>
        <source>No nonconformities</source>
        <translation>无不符合项</translation>
    </message>
    <message>
        <source>closure rate</source>
        <translation>关闭率</translation>
    </message>
    <message>
        <source>mean days to close</source>
        <translation>平均关闭天数</translation>
    </message>
    <message>
        <source>overdue nonconformities</source>
        <translation>逾期的不符合项</translation>
    </message>
    <message>
        <source>CAPA effectiveness</source>
        <translation>纠正措施有效率</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>The year the nonconformities were found in (Alt+Y)</source>
        <translation>不符合项的发现年份（Alt+Y）</translation>
    </message>
    <message>
        <source>Closed ÷ all nonconformities except drafts and withdrawn ones</source>
        <translation>已关闭数 ÷ 不符合项总数（不含草稿和已撤销的）</translation>
    </message>
    <message>
        <source>Calendar days from finding to closing, averaged over the closed nonconformities</source>
        <translation>已关闭不符合项从发现到关闭的日历天数的平均值</translation>
    </message>
    <message>
        <source>Open nonconformities whose due date has passed</source>
        <translation>已超过完成期限的未关闭不符合项</translation>
    </message>
    <message>
        <source>Effective verifications ÷ (effective verifications + times a nonconformity was found not effective or reopened)</source>
        <translation>验证有效次数 ÷（验证有效次数 + 不符合项验证无效或重新打开的次数）</translation>
    </message>
    <message>
        <source>Nonconformities by process and grade</source>
        <translation>不符合项按过程和等级分布</translation>
    </message>
    <message>
        <source>Nonconformities by status</source>
        <translation>不符合项按状态分布</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Attach records, photos or documents as evidence</source>
        <translation>附加记录、照片或文档作为证据</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open a copy of the selected file (Enter)</source>
        <translation>打开所选文件的副本（Enter）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected file (Delete)</source>
        <translation>移除所选文件（Delete）</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a file</source>
        <translation>双击或按 Enter 键打开文件</translation>
    </message>
    <message>
        <source>{name}  ·  {size}  ·  {who}, {when}</source>
        <translation>{name}  ·  {size}  ·  {who}，{when}</translation>
    </message>
    <message>
        <source>or drop files here</source>
        <translation>或将文件拖放到此处</translation>
    </message>
    <message>
        <source>Closed records keep their evidence unchanged.</source>
        <translation>已关闭的记录不能更改证据文件。</translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation>附加证据文件</translation>
    </message>
    <message>
        <source>Records and documents (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.txt *.csv);;All files (*)</source>
        <translation>记录和文档 (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.txt *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>未能附加</translation>
    </message>
    <message>
        <source>These files could not be attached:
{list}</source>
        <translation>以下文件未能附加：
{list}</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <source>Remove {name} from the evidence?</source>
        <translation>从证据中移除 {name}？</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to qa-desktop</source>
        <translation>欢迎使用 qa-desktop</translation>
    </message>
    <message>
        <source>This data folder is new. Tell qa-desktop who you are: your name signs every change you make. Then start with your company, or with a demo year to try things out.</source>
        <translation>这是一个新的数据文件夹。请告诉 qa-desktop 您是谁：您所做的每项修改都将以您的姓名签署。然后从贵公司开始，或载入一个演示年度来试用。</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Load the &amp;demo year instead (a whole year of audits and nonconformities)</source>
        <translation>改为载入演示年度(&amp;D)（一整年的审核和不符合项）</translation>
    </message>
    <message>
        <source>Loading the demo year…</source>
        <translation>正在载入演示年度…</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Overdue since {date}</source>
        <translation>自 {date} 起逾期</translation>
    </message>
    <message>
        <source>{number} (audit {audit}) · {clause}
{facts}</source>
        <translation>{number}（审核 {audit}）· {clause}
{facts}</translation>
    </message>
    <message>
        <source>Follow-up of earlier nonconformities</source>
        <translation>以往不符合项跟踪验证</translation>
    </message>
    <message>
        <source>Open nonconformities of earlier audits in this process and department: record whether each has been corrected effectively. The nonconformity keeps its own status.</source>
        <translation>此过程和部门中以往审核的未关闭不符合项：逐项记录是否已有效纠正。不符合项本身的状态不变。</translation>
    </message>
    <message>
        <source>The correction and corrective actions are in place and effective</source>
        <translation>纠正和纠正措施已落实且有效</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>已纠正</translation>
    </message>
    <message>
        <source>The nonconformity is still present or the actions are not effective</source>
        <translation>不符合仍然存在，或措施无效</translation>
    </message>
    <message>
        <source>Not corrected</source>
        <translation>未纠正</translation>
    </message>
    <message>
        <source>Could not be followed up in this audit</source>
        <translation>本次审核无法跟踪验证</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>What you saw (saved when you leave the field)</source>
        <translation>所见情况（离开此栏时保存）</translation>
    </message>
    <message>
        <source>Open the nonconformity</source>
        <translation>打开不符合项</translation>
    </message>
</context>
<context>
    <name>FollowUpsTableModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体满意度</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进状态</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>跟进情况</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Hello, {user}</source>
        <translation>您好，{user}</translation>
    </message>
    <message>
        <source>open nonconformities</source>
        <translation>未关闭的不符合项</translation>
    </message>
    <message>
        <source>overdue nonconformities</source>
        <translation>逾期的不符合项</translation>
    </message>
    <message>
        <source>Ove&amp;rdue ({count})</source>
        <translation>逾期（{count}）(&amp;R)</translation>
    </message>
    <message>
        <source>Due &amp;within {days} days ({count})</source>
        <translation>{days} 天内到期（{count}）(&amp;W)</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>没有逾期项。</translation>
    </message>
    <message>
        <source>Nothing falls due in the next {days} days.</source>
        <translation>未来 {days} 天内没有到期项。</translation>
    </message>
    <message>
        <source>{number} action {seq}</source>
        <translation>{number} 措施 {seq}</translation>
    </message>
    <message>
        <source>{number} decision {seq}</source>
        <translation>{number} 决议 {seq}</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open {number}</source>
        <translation>双击或按 Enter 键打开 {number}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>剩余 1 天</translation>
    </message>
    <message>
        <source>{days} days late</source>
        <translation>逾期 {days} 天</translation>
    </message>
    <message>
        <source>{days} days left</source>
        <translation>剩余 {days} 天</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>审核组长</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>{template} {version} — double-click to continue</source>
        <translation>{template} {version} — 双击继续</translation>
    </message>
    <message>
        <source>%v of %m answered</source>
        <translation>已答 %v / %m</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>当前应办</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>待开展</translation>
    </message>
    <message>
        <source>Next activities of the year&apos;s programme</source>
        <translation>年度方案近期活动</translation>
    </message>
    <message>
        <source>Next activities of the {year} programme</source>
        <translation>{year} 年度方案近期活动</translation>
    </message>
    <message>
        <source>No programme has been set up yet.</source>
        <translation>尚未建立年度方案。</translation>
    </message>
    <message>
        <source>Every activity of the programme is done.</source>
        <translation>年度方案的所有活动均已完成。</translation>
    </message>
    <message>
        <source>Show the open nonconformities (Alt+O)</source>
        <translation>显示未关闭的不符合项（Alt+O）</translation>
    </message>
    <message>
        <source>Alt+O</source>
        <translation>Alt+O</translation>
    </message>
    <message>
        <source>Show the open nonconformities past their due date (Alt+V)</source>
        <translation>显示已超过完成期限的未关闭不符合项（Alt+V）</translation>
    </message>
    <message>
        <source>Alt+V</source>
        <translation>Alt+V</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the nonconformity</source>
        <translation>双击或按 Enter 键打开不符合项</translation>
    </message>
    <message>
        <source>My audits</source>
        <translation>我的审核</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <source>Double-click a checklist (or press Enter) to continue it</source>
        <translation>双击检查表（或按 Enter 键）继续填写</translation>
    </message>
    <message>
        <source>Audit / checklist</source>
        <translation>审核/检查表</translation>
    </message>
    <message>
        <source>Role / department</source>
        <translation>角色/部门</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>You lead or audit no open audit.</source>
        <translation>您没有担任组长或审核员的未关闭审核。</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划月份</translation>
    </message>
    <message>
        <source>Output document</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Ove&amp;rdue</source>
        <translation>逾期(&amp;R)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Facts / action</source>
        <translation>事实描述/措施</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Due &amp;within 7 days</source>
        <translation>7 天内到期(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>统计(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>KbCountsModel</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>条目总数</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃条目</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增条目</translation>
    </message>
    <message>
        <source>Active rate</source>
        <translation>活跃率</translation>
    </message>
    <message>
        <source>Articles in force at the month end</source>
        <translation>月末有效的知识条目数</translation>
    </message>
    <message>
        <source>Articles referenced at least once in the month</source>
        <translation>当月被引用至少一次的条目数</translation>
    </message>
    <message>
        <source>Articles added in the month</source>
        <translation>当月新增的条目数</translation>
    </message>
    <message>
        <source>Active ÷ articles (secondary figure, not the knowledge-use measure)</source>
        <translation>活跃条目 ÷ 条目总数（辅助数据，不是知识库利用率指标）</translation>
    </message>
</context>
<context>
    <name>KpiGridModel</name>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Rolled up from the months&apos; parts (a rate is Σ numerators ÷ Σ denominators, never a mean of monthly rates)</source>
        <translation>由各月分子、分母汇总（比率 = Σ分子 ÷ Σ分母，而非各月比率的平均值）</translation>
    </message>
    <message>
        <source>Double-click to set the year&apos;s target; italic: the reference value, not one you set</source>
        <translation>双击设置本年度目标值；斜体为参考值，不是您设定的目标值</translation>
    </message>
    <message>
        <source>Not rolled up: a month here was typed as a bare value while the others carry their volume. Enter that month&apos;s parts (Ctrl+E).</source>
        <translation>未汇总：本期有月份只录入了单个数值，其他月份带有分子分母（业务量）。请为该月录入分子分母（Ctrl+E）。</translation>
    </message>
    <message>
        <source>meets target</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>misses target</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>from imported tickets</source>
        <translation>来自导入的工单</translation>
    </message>
    <message>
        <source>from stock movements</source>
        <translation>来自出入库记录</translation>
    </message>
    <message>
        <source>from the satisfaction survey</source>
        <translation>来自满意度调查</translation>
    </message>
    <message>
        <source>{n} of {d}</source>
        <translation>{n}/{d}</translation>
    </message>
</context>
<context>
    <name>KpiPartsDialog</name>
    <message>
        <source>the denominator must be above 0</source>
        <translation>分母必须大于 0</translation>
    </message>
    <message>
        <source>Count the month&apos;s cases that met the measure, of all cases counted.</source>
        <translation>填写当月达标的数量，以及统计的总数。</translation>
    </message>
    <message>
        <source>&amp;Met:</source>
        <translation>达标数(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;of:</source>
        <translation>总数(&amp;O)：</translation>
    </message>
    <message>
        <source>Total resolution hours of the month, over the tickets resolved.</source>
        <translation>填写当月解决时长合计（小时），以及已解决的工单数。</translation>
    </message>
    <message>
        <source>Total &amp;hours:</source>
        <translation>总时长（小时）(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Tickets:</source>
        <translation>工单数(&amp;T)：</translation>
    </message>
    <message>
        <source>Cost issued in the month, over the month&apos;s average stock value.</source>
        <translation>填写当月出库成本，以及当月平均库存金额。</translation>
    </message>
    <message>
        <source>&amp;Issued cost:</source>
        <translation>出库成本(&amp;I)：</translation>
    </message>
    <message>
        <source>A&amp;verage stock:</source>
        <translation>平均库存(&amp;V)：</translation>
    </message>
    <message>
        <source>{name}, {period}. {what}</source>
        <translation>{name}，{period}。{what}</translation>
    </message>
    <message>
        <source>Enter a month&apos;s value as its parts</source>
        <translation>按分子、分母录入月度数值</translation>
    </message>
    <message>
        <source>&amp;Numerator:</source>
        <translation>分子(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>不符合项</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>质量指标</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>年度方案</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>管理评审</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>User: {user} · Data: {folder}</source>
        <translation>用户：{user} · 数据：{folder}</translation>
    </message>
    <message>
        <source>{user}, you have {ncs} overdue nonconformities and {actions} overdue corrective actions.</source>
        <translation>{user}，您有 {ncs} 项逾期不符合项和 {actions} 项逾期纠正措施。</translation>
    </message>
    <message>
        <source>{count} of your management-review actions are overdue.</source>
        <translation>您有 {count} 项管理评审措施已逾期。</translation>
    </message>
    <message>
        <source>Overdue items</source>
        <translation>逾期事项</translation>
    </message>
    <message>
        <source>About qa-desktop</source>
        <translation>关于 qa-desktop</translation>
    </message>
    <message>
        <source>qa-desktop {version}
Quality assurance and internal audit for IT operations.
Data folder: {folder}</source>
        <translation>qa-desktop {version}
运维服务质量保证与内部审核工具。
数据文件夹：{folder}</translation>
    </message>
    <message>
        <source>qa-desktop — Quality assurance and internal audit</source>
        <translation>qa-desktop — 质量保证与内部审核</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭提示</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>首页(&amp;H)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Audits</source>
        <translation>审核(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Nonconformities</source>
        <translation>不符合项(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation>质量指标(&amp;M)</translation>
    </message>
    <message>
        <source>Customer &amp;surveys</source>
        <translation>客户满意度调查(&amp;S)</translation>
    </message>
    <message>
        <source>QA &amp;programme</source>
        <translation>质量保证方案(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>Management &amp;reviews</source>
        <translation>管理评审(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>模板(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Ctrl+8</source>
        <translation>Ctrl+8</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <source>&amp;Generate a document…</source>
        <translation>生成文件(&amp;G)…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;About qa-desktop</source>
        <translation>关于 qa-desktop(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MeasuresView</name>
    <message>
        <source>No measures for {year} yet: import tickets or type values into the grid.</source>
        <translation>{year} 年尚无指标数据：请导入工单，或直接在表格中输入数值。</translation>
    </message>
    <message>
        <source>{year}: {met} of {judged} measures with a target meet it.</source>
        <translation>{year} 年：设定目标的 {judged} 项指标中有 {met} 项达标。</translation>
    </message>
    <message>
        <source>{name}, {period}: no value — double-click to type one</source>
        <translation>{name}，{period}：无数值 — 双击输入</translation>
    </message>
    <message>
        <source> ({n} of {d})</source>
        <translation>（{n}/{d}）</translation>
    </message>
    <message>
        <source> · median {median}, P90 {p90}</source>
        <translation> · 中位数 {median}，90 分位 {p90}</translation>
    </message>
    <message>
        <source> · {days} turnover days</source>
        <translation> · 周转天数 {days} 天</translation>
    </message>
    <message>
        <source>Imported {file}: {new} new and {updated} updated tickets; {months} months recomputed in {seconds} s.</source>
        <translation>已导入 {file}：新增工单 {new} 张，更新 {updated} 张；已重算 {months} 个月，用时 {seconds} 秒。</translation>
    </message>
    <message>
        <source>Import stock movements</source>
        <translation>导入出入库记录</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>电子表格 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing stock movements…</source>
        <translation>正在导入出入库记录…</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation>第 {row} 行，{column}：{message}</translation>
    </message>
    <message>
        <source>{count} problems; nothing was imported.
{lines}</source>
        <translation>发现 {count} 个问题，未导入任何数据。
{lines}</translation>
    </message>
    <message>
        <source>Imported {count} stock movements ({months}).</source>
        <translation>已导入 {count} 笔出入库记录（{months}）。</translation>
    </message>
    <message>
        <source>{name} — trend</source>
        <translation>{name} — 趋势</translation>
    </message>
    <message>
        <source>Target {target}</source>
        <translation>目标值 {target}</translation>
    </message>
    <message>
        <source>No values yet</source>
        <translation>尚无数值</translation>
    </message>
    <message>
        <source>Enter as n of N…</source>
        <translation>按分子/分母录入…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Out (issued)</source>
        <translation>出库（领用）</translation>
    </message>
    <message>
        <source>In (received)</source>
        <translation>入库（收货）</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>The year whose measures are shown (Alt+Y)</source>
        <translation>要显示指标的年份（Alt+Y）</translation>
    </message>
    <message>
        <source>&amp;Import tickets…</source>
        <translation>导入工单(&amp;I)…</translation>
    </message>
    <message>
        <source>Compute first-contact resolution, MTTR, SLA and knowledge use from a service-desk export (Ctrl+I)</source>
        <translation>根据服务台工单导出文件计算一次性解决率、平均解决时间、SLA达成率和知识库利用率（Ctrl+I）</translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation>指标(&amp;M)</translation>
    </message>
    <message>
        <source>Double-click a month to type its value: 85 or 85% for a rate, 17/20 for 17 of 20 tickets, hours for MTTR. Delete clears the month.</source>
        <translation>双击某月输入数值：比率填 85 或 85%，20 张工单中有 17 张填 17/20，平均解决时间填小时数。按 Delete 键清除该月数值。</translation>
    </message>
    <message>
        <source>Enter as n &amp;of N…</source>
        <translation>按分子/分母录入(&amp;O)…</translation>
    </message>
    <message>
        <source>Enter the selected month as its parts (e.g. 17 of 20 tickets), so quarters weigh each month by its volume (Ctrl+E)</source>
        <translation>按分子、分母录入所选月份（例如 20 张工单中有 17 张），季度汇总时按各月数量加权（Ctrl+E）</translation>
    </message>
    <message>
        <source>C&amp;lear month</source>
        <translation>清除该月(&amp;L)</translation>
    </message>
    <message>
        <source>Remove the selected month&apos;s value (Delete)</source>
        <translation>删除所选月份的数值（Delete）</translation>
    </message>
    <message>
        <source>&amp;Spare parts and knowledge</source>
        <translation>备件与知识库(&amp;S)</translation>
    </message>
    <message>
        <source>Spare-parts inventory turnover</source>
        <translation>备件库存周转率</translation>
    </message>
    <message>
        <source>Double-click Month-end stock to enter the stock&apos;s value at the end of the month; turnover needs this month&apos;s and the previous month&apos;s</source>
        <translation>双击“月末库存”录入当月月末的库存金额；计算周转率需要本月和上月的月末库存</translation>
    </message>
    <message>
        <source>Stock &amp;movements of the year:</source>
        <translation>本年度出入库记录(&amp;M)：</translation>
    </message>
    <message>
        <source>Date of the movement</source>
        <translation>出入库日期</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>备件</translation>
    </message>
    <message>
        <source>The spare part (name or model)</source>
        <translation>备件（名称或型号）</translation>
    </message>
    <message>
        <source>Out: issued to a job (counts as issued cost); in: received into stock</source>
        <translation>出库：领用于工单（计入出库成本）；入库：收货入库</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Slip or ticket number</source>
        <translation>出入库单号或工单号</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Import &amp;movements…</source>
        <translation>导入出入库记录(&amp;M)…</translation>
    </message>
    <message>
        <source>A CSV or Excel file with the columns date, part, quantity, unit cost, direction (in/out) and optionally reference</source>
        <translation>CSV 或 Excel 文件，列为：日期、备件、数量、单价、方向（入库/出库），可选 单号</translation>
    </message>
    <message>
        <source>&amp;Delete movement</source>
        <translation>删除记录(&amp;D)</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Double-click to enter the month&apos;s articles in force, those referenced at least once, and those added</source>
        <translation>双击录入当月的有效条目数、被引用至少一次的条目数和新增条目数</translation>
    </message>
    <message>
        <source>Active rate = articles referenced at least once ÷ articles in force. It is a secondary figure: the knowledge-base utilisation measure counts resolved tickets that used an article.</source>
        <translation>活跃率 = 被引用至少一次的条目数 ÷ 有效条目总数。这只是辅助数据：知识库利用率指标统计的是使用了知识条目的已解决工单。</translation>
    </message>
</context>
<context>
    <name>MonthFiguresModel</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>First-contact</source>
        <translation>一次性解决率</translation>
    </message>
    <message>
        <source>MTTR</source>
        <translation>平均解决时间</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>90 分位</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA达成率</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>知识库利用率</translation>
    </message>
    <message>
        <source>The month the tickets were finally resolved in</source>
        <translation>工单最终解决的月份</translation>
    </message>
    <message>
        <source>Tickets resolved in the month</source>
        <translation>当月已解决的工单数</translation>
    </message>
    <message>
        <source>Resolved with no reassignment and no reopen</source>
        <translation>未转派且未重开即解决的工单占比</translation>
    </message>
    <message>
        <source>Mean hours from opened to resolved</source>
        <translation>从受理到解决的平均小时数</translation>
    </message>
    <message>
        <source>Median resolution hours</source>
        <translation>解决时长（小时）的中位数</translation>
    </message>
    <message>
        <source>90th percentile of resolution hours</source>
        <translation>解决时长（小时）的第 90 百分位数</translation>
    </message>
    <message>
        <source>Made SLA ÷ tickets whose SLA outcome is known</source>
        <translation>SLA达成的工单数 ÷ SLA结果已知的工单数</translation>
    </message>
    <message>
        <source>Resolved with a knowledge article ÷ resolved</source>
        <translation>关联知识条目解决的工单数 ÷ 已解决工单数</translation>
    </message>
</context>
<context>
    <name>MovementsModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>备件</translation>
    </message>
    <message>
        <source>In/out</source>
        <translation>出/入库</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>out</source>
        <translation>出库</translation>
    </message>
    <message>
        <source>in</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>手工录入</translation>
    </message>
</context>
<context>
    <name>NcActionsPanel</name>
    <message>
        <source>Evidence: {evidence}</source>
        <translation>证据：{evidence}</translation>
    </message>
    <message>
        <source>Overdue: due {date}</source>
        <translation>已逾期：期限 {date}</translation>
    </message>
    <message>
        <source>{count} file(s)</source>
        <translation>{count} 个文件</translation>
    </message>
    <message>
        <source>note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Closed or withdrawn nonconformities cannot be changed.</source>
        <translation>已关闭或已撤销的不符合项不能修改。</translation>
    </message>
    <message>
        <source>The plan is waiting for approval: actions can be changed again if it is rejected, and marked done once it is approved.</source>
        <translation>措施计划待批准：计划退回后可再次修改措施，计划批准后可将措施标记为完成。</translation>
    </message>
    <message>
        <source>The actions are being verified: they can change again only if the nonconformity is reopened. Evidence can still be added.</source>
        <translation>措施正在验证中：只有不符合项重新打开后才能再次修改。仍可添加证据。</translation>
    </message>
    <message>
        <source>Actions can be marked done once the plan is approved.</source>
        <translation>措施计划批准后才能将措施标记为完成。</translation>
    </message>
    <message>
        <source>Evidence of the selected action</source>
        <translation>所选措施的证据</translation>
    </message>
    <message>
        <source>Select an action to see and attach its evidence.</source>
        <translation>选择一项措施以查看并附加其证据。</translation>
    </message>
    <message>
        <source>Evidence of action {seq}</source>
        <translation>措施 {seq} 的证据</translation>
    </message>
    <message>
        <source>Note: {evidence}</source>
        <translation>证据说明：{evidence}</translation>
    </message>
    <message>
        <source>8 · Corrective actions</source>
        <translation>8 · 纠正措施</translation>
    </message>
    <message>
        <source>Insert adds an action; Enter or double-click edits the selected one</source>
        <translation>按 Insert 键添加措施；按 Enter 键或双击编辑所选措施</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>实际完成</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Add a corrective action (Insert)</source>
        <translation>添加纠正措施（Insert）</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Change the description, owner, due date or evidence note of the selected action (Enter)</source>
        <translation>修改所选措施的描述、责任人、完成期限或证据说明（Enter）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Mark the selected action as in progress</source>
        <translation>将所选措施标记为进行中</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>开始(&amp;T)</translation>
    </message>
    <message>
        <source>Mark the selected action as done (possible once the plan is approved)</source>
        <translation>将所选措施标记为完成（措施计划批准后可用）</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>标记完成(&amp;D)</translation>
    </message>
    <message>
        <source>The selected action is no longer needed</source>
        <translation>所选措施不再需要</translation>
    </message>
    <message>
        <source>Ca&amp;ncel action</source>
        <translation>取消措施(&amp;N)</translation>
    </message>
</context>
<context>
    <name>NcCauseForm</name>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Closed or withdrawn nonconformities cannot be changed.</source>
        <translation>已关闭或已撤销的不符合项不能修改。</translation>
    </message>
    <message>
        <source>6 · Correction</source>
        <translation>6 · 纠正</translation>
    </message>
    <message>
        <source>The immediate fix and how the consequences were handled</source>
        <translation>立即采取的纠正，以及对后果的处置</translation>
    </message>
    <message>
        <source>7 · Root cause</source>
        <translation>7 · 原因分析</translation>
    </message>
    <message>
        <source>Cause categor&amp;y:</source>
        <translation>原因类别(&amp;Y)：</translation>
    </message>
    <message>
        <source>Root-cause category (5M1E)</source>
        <translation>原因类别（人/机/料/法/环/测）</translation>
    </message>
    <message>
        <source>5 whys:</source>
        <translation>5 Why 分析：</translation>
    </message>
    <message>
        <source>Root ca&amp;use:</source>
        <translation>原因分析(&amp;U)：</translation>
    </message>
    <message>
        <source>The cause to eliminate so that it does not happen again</source>
        <translation>需要消除以防止再次发生的根本原因</translation>
    </message>
    <message>
        <source>Si&amp;milar problems:</source>
        <translation>类似问题横向排查(&amp;M)：</translation>
    </message>
    <message>
        <source>Were similar nonconformities looked for elsewhere? What was found?</source>
        <translation>是否在其他地方排查过类似的不符合？发现了什么？</translation>
    </message>
    <message>
        <source>9 · Risks and system documents to update</source>
        <translation>9 · 需更新的风险和体系文件</translation>
    </message>
    <message>
        <source>Whether risks, or procedures and other documents of the management system, must change because of this nonconformity</source>
        <translation>是否因本不符合项需要更新风险，或修订管理体系的程序及其他文件</translation>
    </message>
    <message>
        <source>Risks to re-assess, procedures or forms to revise — or “none”</source>
        <translation>需重新评估的风险、需修订的程序或表单——或填写“无”</translation>
    </message>
</context>
<context>
    <name>NcDetail</name>
    <message>
        <source>Repeat of {link}</source>
        <translation>重复发生：{link}</translation>
    </message>
    <message>
        <source>{grade} · {process} · {department} · due {due}</source>
        <translation>{grade} · {process} · {department} · 期限 {due}</translation>
    </message>
    <message>
        <source>Overdue: it was due on {date}, {days} days ago.</source>
        <translation>已逾期：完成期限为 {date}，已过 {days} 天。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更历史</translation>
    </message>
    <message>
        <source>Closed or withdrawn: read-only</source>
        <translation>已关闭或已撤销：只读</translation>
    </message>
    <message>
        <source>Unsaved changes — Ctrl+S saves</source>
        <translation>有未保存的修改 — 按 Ctrl+S 保存</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有修改已保存</translation>
    </message>
    <message>
        <source>Actions ({count})</source>
        <translation>纠正措施（{count}）</translation>
    </message>
    <message>
        <source>{action} {number}?</source>
        <translation>确定要{action} {number} 吗？</translation>
    </message>
    <message>
        <source>Correction and cause</source>
        <translation>纠正与原因分析</translation>
    </message>
    <message>
        <source>Select a nonconformity in the list to see and work on it.</source>
        <translation>在列表中选择一个不符合项以查看和处理。</translation>
    </message>
    <message>
        <source>Repeat finding: the same process and clause as a nonconformity of an earlier audit</source>
        <translation>重复发生：与以往审核中某不符合项的过程和条款相同</translation>
    </message>
    <message>
        <source>Hide the list to give the form the whole page (Ctrl+Shift+W)</source>
        <translation>隐藏列表，让表单占满整个页面（Ctrl+Shift+W）</translation>
    </message>
    <message>
        <source>&amp;Wide form</source>
        <translation>宽表单(&amp;W)</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <source>The nonconformity report as a PDF, with signature boxes</source>
        <translation>生成 PDF 格式的不符合报告，含签字栏</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>打印报告(&amp;P)…</translation>
    </message>
    <message>
        <source>The problem happened again: raise a follow-up nonconformity linked to this one, one grade higher</source>
        <translation>问题再次发生：提出与此关联的后续不符合项，等级提高一级</translation>
    </message>
    <message>
        <source>Raise follow-up NC (&amp;recurrence)…</source>
        <translation>提出后续不符合项（再次发生）(&amp;R)…</translation>
    </message>
    <message>
        <source>Throw away the changes not saved yet and show the record as stored</source>
        <translation>放弃尚未保存的修改，显示已保存的记录</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>还原(&amp;T)</translation>
    </message>
    <message>
        <source>Save the changes to this nonconformity (Ctrl+S)</source>
        <translation>保存对此不符合项的修改（Ctrl+S）</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Verification and closure</source>
        <translation>验证与关闭</translation>
    </message>
</context>
<context>
    <name>NcHistoryModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>What</source>
        <translation>变更项</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>NcHistoryPanel</name>
    <message>
        <source>Nonconformity</source>
        <translation>不符合项</translation>
    </message>
    <message>
        <source>Action {seq}</source>
        <translation>措施 {seq}</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>附加</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>实际完成</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>证据说明</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明文字</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>过程</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>受审部门</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Auditee representative</source>
        <translation>受审方陪同人</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事实描述</translation>
    </message>
    <message>
        <source>Standard clause</source>
        <translation>标准条款</translation>
    </message>
    <message>
        <source>Internal clause</source>
        <translation>内部文件条款</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>受审方确认人</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>确认日期</translation>
    </message>
    <message>
        <source>Dispute reason</source>
        <translation>异议理由</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>纠正</translation>
    </message>
    <message>
        <source>Cause category</source>
        <translation>原因类别</translation>
    </message>
    <message>
        <source>5 whys</source>
        <translation>5 Why 分析</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>原因分析</translation>
    </message>
    <message>
        <source>Similar problems</source>
        <translation>类似问题横向排查</translation>
    </message>
    <message>
        <source>Risks and system documents</source>
        <translation>风险和体系文件</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>验证人</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>验证日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>验证方法</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>验证结论</translation>
    </message>
    <message>
        <source>Verification notes</source>
        <translation>验证说明</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>关闭人</translation>
    </message>
    <message>
        <source>Times reopened</source>
        <translation>重新打开次数</translation>
    </message>
    <message>
        <source>Last reason or ruling</source>
        <translation>最近理由或裁定</translation>
    </message>
    <message>
        <source>Follows up</source>
        <translation>前序不符合项</translation>
    </message>
    <message>
        <source>Repeat of</source>
        <translation>前次相同不符合项</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation>无效</translation>
    </message>
</context>
<context>
    <name>NcRecordForm</name>
    <message>
        <source>— not classified —</source>
        <translation>— 未分类 —</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>1 · Identification</source>
        <translation>1 · 基本信息</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>Audit:</source>
        <translation>审核：</translation>
    </message>
    <message>
        <source>Checklist item:</source>
        <translation>检查项：</translation>
    </message>
    <message>
        <source>&amp;Process:</source>
        <translation>过程(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>受审部门(&amp;D)：</translation>
    </message>
    <message>
        <source>The audited department that answers this nonconformity</source>
        <translation>负责回应此不符合项的受审部门</translation>
    </message>
    <message>
        <source>Auditor:</source>
        <translation>审核员：</translation>
    </message>
    <message>
        <source>Auditee &amp;representative:</source>
        <translation>受审方陪同人(&amp;R)：</translation>
    </message>
    <message>
        <source>Who accompanied the auditor for the audited department</source>
        <translation>受审部门陪同审核员的人员</translation>
    </message>
    <message>
        <source>&amp;Found on:</source>
        <translation>发现日期(&amp;F)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>2 · Facts (objective evidence)</source>
        <translation>2 · 不符合事实描述（客观证据）</translation>
    </message>
    <message>
        <source>Ticket, slip and serial numbers, dates, people, sample size</source>
        <translation>工单号、单据号、序列号、日期、人员、样本量</translation>
    </message>
    <message>
        <source>3 · Clause</source>
        <translation>3 · 不符合条款</translation>
    </message>
    <message>
        <source>Standard &amp;clause:</source>
        <translation>标准条款(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Internal clause:</source>
        <translation>内部文件条款(&amp;I)：</translation>
    </message>
    <message>
        <source>The clause of the company&apos;s own procedure or rule</source>
        <translation>公司自身程序文件或制度的条款</translation>
    </message>
    <message>
        <source>4 · Classification</source>
        <translation>4 · 分级与分类</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>等级(&amp;G)：</translation>
    </message>
    <message>
        <source>Major: a systemic or area-wide failure, or serious consequences. Minor: an isolated lapse. Observation: not yet a nonconformity.</source>
        <translation>严重：系统性或区域性失效，或造成严重后果。一般：个别、孤立的偏差。观察：尚不构成不符合。</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>System: the documents do not meet the standard. Implementation: the documents are not followed. Effectiveness: followed, but the results were not achieved.</source>
        <translation>体系性：文件不符合标准。实施性：未按文件执行。效果性：已按文件执行，但未达到预期结果。</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>完成期限(&amp;U)：</translation>
    </message>
    <message>
        <source>When the nonconformity must be closed; overdue after this day</source>
        <translation>不符合项须关闭的日期；超过此日期即为逾期</translation>
    </message>
    <message>
        <source>Observations may be tracked without a deadline</source>
        <translation>观察项可以只跟踪，不设完成期限</translation>
    </message>
    <message>
        <source>&amp;No due date</source>
        <translation>不设期限(&amp;N)</translation>
    </message>
    <message>
        <source>5 · Auditee acknowledgement</source>
        <translation>5 · 受审方确认</translation>
    </message>
    <message>
        <source>Acknowledged by:</source>
        <translation>受审方确认人：</translation>
    </message>
    <message>
        <source>Acknowledged on:</source>
        <translation>确认日期：</translation>
    </message>
    <message>
        <source>Dispute reason:</source>
        <translation>异议理由：</translation>
    </message>
    <message>
        <source>Last reason or ruling:</source>
        <translation>最近理由或裁定：</translation>
    </message>
    <message>
        <source>Linked nonconformities</source>
        <translation>关联不符合项</translation>
    </message>
    <message>
        <source>Follows up:</source>
        <translation>前序不符合项：</translation>
    </message>
    <message>
        <source>The earlier nonconformity this one was raised to follow up (a recurrence)</source>
        <translation>本不符合项所跟踪的前序不符合项（再次发生）</translation>
    </message>
    <message>
        <source>Followed up by:</source>
        <translation>后续不符合项：</translation>
    </message>
    <message>
        <source>Follow-up nonconformities raised because this one recurred</source>
        <translation>因本不符合项再次发生而提出的后续不符合项</translation>
    </message>
    <message>
        <source>Repeat of:</source>
        <translation>前次相同不符合项：</translation>
    </message>
    <message>
        <source>An NC of an earlier audit on the same process and clause (a repeat finding)</source>
        <translation>以往审核中过程和条款相同的不符合项（重复发生）</translation>
    </message>
</context>
<context>
    <name>NcTableModel</name>
    <message>
        <source>Click to sort by this column</source>
        <translation>点击按此列排序</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>此列不能排序</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复发生</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>过程</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>受审部门</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事实描述</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Repeat finding: the same process and clause as a nonconformity of an earlier audit</source>
        <translation>重复发生：与以往审核中某不符合项的过程和条款相同</translation>
    </message>
    <message>
        <source>Overdue: due {date}, {days} days ago</source>
        <translation>已逾期：期限 {date}，已过 {days} 天</translation>
    </message>
    <message>
        <source>Reopened {count} times</source>
        <translation>已重新打开 {count} 次</translation>
    </message>
</context>
<context>
    <name>NcVerificationPanel</name>
    <message>
        <source>{count} action(s) still open (last done {when})</source>
        <translation>仍有 {count} 项措施未完成（最近一项完成于 {when}）</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Not effective — reopened for another round</source>
        <translation>无效 — 已重新打开，进行新一轮纠正措施</translation>
    </message>
    <message>
        <source>{count} (each not-effective verification reopens and counts)</source>
        <translation>{count}（每次验证无效都会重新打开并计数）</translation>
    </message>
    <message>
        <source>10 · Implementation evidence</source>
        <translation>10 · 实施证据</translation>
    </message>
    <message>
        <source>Actually completed:</source>
        <translation>实际完成：</translation>
    </message>
    <message>
        <source>When the last corrective action was marked done</source>
        <translation>最后一项纠正措施标记为完成的时间</translation>
    </message>
    <message>
        <source>11 · Verification</source>
        <translation>11 · 验证</translation>
    </message>
    <message>
        <source>Verifier:</source>
        <translation>验证人：</translation>
    </message>
    <message>
        <source>Verified on:</source>
        <translation>验证日期：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>验证方法：</translation>
    </message>
    <message>
        <source>12 · Verification conclusion</source>
        <translation>12 · 验证结论</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>验证结论：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Times reopened:</source>
        <translation>重新打开次数：</translation>
    </message>
    <message>
        <source>A verification found not effective reopens the nonconformity for another round of corrective action, and is counted</source>
        <translation>验证无效时，不符合项将重新打开以进行新一轮纠正措施，并计入次数</translation>
    </message>
    <message>
        <source>13 · Closure</source>
        <translation>13 · 关闭</translation>
    </message>
    <message>
        <source>Closed at:</source>
        <translation>关闭时间：</translation>
    </message>
    <message>
        <source>Closed by:</source>
        <translation>关闭人：</translation>
    </message>
</context>
<context>
    <name>NonconformitiesView</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <source>(current filters)</source>
        <translation>（当前筛选）</translation>
    </message>
    <message>
        <source>“{preset}” filters by you, but {user} is not one of the organisation&apos;s people. Add yourself under Settings, or sign in with your name as listed.</source>
        <translation>“{preset}”按您本人筛选，但 {user} 不在组织人员名单中。请在“设置”中添加自己，或使用名单中的姓名登录。</translation>
    </message>
    <message>
        <source>Save filters</source>
        <translation>保存筛选</translation>
    </message>
    <message>
        <source>Name of these filters:</source>
        <translation>筛选预设名称：</translation>
    </message>
    <message>
        <source>“{name}” is a built-in preset; choose another name.</source>
        <translation>“{name}”是内置预设，请另取名称。</translation>
    </message>
    <message>
        <source>Replace your preset “{name}” with the current filters?</source>
        <translation>用当前筛选条件替换您的预设“{name}”吗？</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>删除预设</translation>
    </message>
    <message>
        <source>Delete your preset “{name}”?</source>
        <translation>删除您的预设“{name}”吗？</translation>
    </message>
    <message>
        <source>Export nonconformities</source>
        <translation>导出不符合项</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，逗号分隔 (*.csv)</translation>
    </message>
    <message>
        <source>Exported {count} nonconformities to {path}</source>
        <translation>已将 {count} 项不符合项导出到 {path}</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Exporting nonconformities…</source>
        <translation>正在导出不符合项…</translation>
    </message>
    <message>
        <source>{shown}+ nonconformities, counting…</source>
        <translation>{shown}+ 个不符合项，正在计数…</translation>
    </message>
    <message>
        <source>{total} nonconformities ({overdue} overdue)</source>
        <translation>共 {total} 项不符合项（逾期 {overdue} 项）</translation>
    </message>
    <message>
        <source>No nonconformity matches these filters.</source>
        <translation>没有满足筛选条件的不符合项。</translation>
    </message>
    <message>
        <source>Save your changes to {number}?</source>
        <translation>保存对 {number} 的修改吗？</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Pre&amp;set:</source>
        <translation>预设(&amp;S)：</translation>
    </message>
    <message>
        <source>Saved filters: choose one to set every filter below at once</source>
        <translation>已保存的筛选：选择一项即可一次性设置下方所有筛选条件</translation>
    </message>
    <message>
        <source>Save the current filters under a name of your choice</source>
        <translation>以自定义名称保存当前筛选条件</translation>
    </message>
    <message>
        <source>Save filters…</source>
        <translation>保存筛选…</translation>
    </message>
    <message>
        <source>Delete the chosen preset (only your own presets can be deleted)</source>
        <translation>删除所选预设（只能删除您自己的预设）</translation>
    </message>
    <message>
        <source>Write the nonconformities of the current filters to an Excel or CSV file</source>
        <translation>将当前筛选出的不符合项导出为 Excel 或 CSV 文件</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>G&amp;rade:</source>
        <translation>等级(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Process:</source>
        <translation>过程(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>受审部门(&amp;D)：</translation>
    </message>
    <message>
        <source>A&amp;udit:</source>
        <translation>审核(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>The year the nonconformity was raised in (its number&apos;s year)</source>
        <translation>不符合项的提出年份（即编号中的年份）</translation>
    </message>
    <message>
        <source>Action o&amp;wner:</source>
        <translation>措施责任人(&amp;W)：</translation>
    </message>
    <message>
        <source>Only nonconformities with a corrective action owned by this person</source>
        <translation>仅显示有纠正措施由此人负责的不符合项</translation>
    </message>
    <message>
        <source>Aud&amp;itor:</source>
        <translation>审核员(&amp;I)：</translation>
    </message>
    <message>
        <source>Only nonconformities raised by this auditor</source>
        <translation>仅显示由此审核员提出的不符合项</translation>
    </message>
    <message>
        <source>Only open nonconformities whose due date has passed</source>
        <translation>仅显示已超过完成期限的未关闭不符合项</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>仅逾期(&amp;O)</translation>
    </message>
    <message>
        <source>Search the number, clause and facts (Ctrl+F)</source>
        <translation>搜索编号、条款和事实描述（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search number, clause, facts…</source>
        <translation>搜索编号、条款、事实…</translation>
    </message>
    <message>
        <source>Show every nonconformity again</source>
        <translation>重新显示全部不符合项</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
</context>
<context>
    <name>PackBlocks</name>
    <message>
        <source>no target</source>
        <translation>未设目标</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Actions of earlier reviews</source>
        <translation>以往评审的措施</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>实际完成</translation>
    </message>
    <message>
        <source>Overdue NCs</source>
        <translation>逾期不符合项</translation>
    </message>
    <message>
        <source>Nonconformities issued</source>
        <translation>已开具不符合项</translation>
    </message>
    <message>
        <source>— {grade}</source>
        <translation>— {grade}</translation>
    </message>
    <message>
        <source>— process {process}</source>
        <translation>— 过程 {process}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Closure rate</source>
        <translation>关闭率</translation>
    </message>
    <message>
        <source>Corrective-action effectiveness</source>
        <translation>纠正措施有效率</translation>
    </message>
    <message>
        <source>Mean days to close</source>
        <translation>平均关闭天数</translation>
    </message>
    <message>
        <source>Overdue corrective actions</source>
        <translation>逾期纠正措施</translation>
    </message>
    <message>
        <source>Nonconformities and corrective actions</source>
        <translation>不符合项与纠正措施</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>Measures of the year</source>
        <translation>本年度质量指标</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>达成情况</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>第1季度</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>第2季度</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>第3季度</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>第4季度</translation>
    </message>
    <message>
        <source>Internal audits</source>
        <translation>内部审核</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答</translation>
    </message>
    <message>
        <source>NCs</source>
        <translation>不符合项</translation>
    </message>
    <message>
        <source>By grade</source>
        <translation>按等级</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Valid responses</source>
        <translation>有效问卷</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>不符合项</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>过程</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>受审部门</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事实描述</translation>
    </message>
    <message>
        <source>Supplier evaluation in audits (SP-15)</source>
        <translation>审核中的供方评价（SP-15）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ProgrammeActivityDialog</name>
    <message>
        <source>(nobody yet)</source>
        <translation>（尚未指定）</translation>
    </message>
    <message>
        <source>Activity {seq} of {year}</source>
        <translation>{year} 年度第 {seq} 项活动</translation>
    </message>
    <message>
        <source>{name}
Responsible: {role} · Output: {output}</source>
        <translation>{name}
责任人：{role} · 输出文件：{output}</translation>
    </message>
    <message>
        <source>Choose at least one planned month.</source>
        <translation>请至少选择一个计划月份。</translation>
    </message>
    <message>
        <source>Programme activity</source>
        <translation>年度方案活动</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Planned, in progress, done or cancelled; due and overdue follow from the planned months</source>
        <translation>计划中、进行中、已完成或已取消；“进行期”和“逾期”根据计划月份自动得出</translation>
    </message>
    <message>
        <source>Record the day the activity was actually done</source>
        <translation>记录活动的实际完成日期</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>完成日期(&amp;D)：</translation>
    </message>
    <message>
        <source>The actual date</source>
        <translation>实际完成日期</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <source>The person who carries out the activity this year</source>
        <translation>本年度实施该活动的人员</translation>
    </message>
    <message>
        <source>Planned months:</source>
        <translation>计划月份：</translation>
    </message>
    <message>
        <source>The months of the year in which the activity is planned</source>
        <translation>本年度计划开展该活动的月份</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>What was done, what is late and why</source>
        <translation>已完成的工作、延误的事项及原因</translation>
    </message>
</context>
<context>
    <name>ProgrammeGridModel</name>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Output document</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>生成文件</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>The first day of the first planned month</source>
        <translation>第一个计划月份的第一天</translation>
    </message>
    <message>
        <source>Derived from the planned months and today: overdue after the end of the last planned month</source>
        <translation>根据计划月份和当前日期得出：最后一个计划月份结束后即为逾期</translation>
    </message>
    <message>
        <source>The generated document, once reports are produced</source>
        <translation>报告生成后，此处显示所生成的文件</translation>
    </message>
    <message>
        <source>{month}: done on {day}</source>
        <translation>{month}：已于 {day} 完成</translation>
    </message>
    <message>
        <source>{month}: planned ({state})</source>
        <translation>{month}：计划月份（{state}）</translation>
    </message>
    <message>
        <source>Due by {day}</source>
        <translation>应于 {day} 前完成</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <source>No document generated yet</source>
        <translation>尚未生成文件</translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <source>Create the {year} programme from plan §4.4</source>
        <translation>按计划第 4.4 节创建 {year} 年度方案</translation>
    </message>
    <message>
        <source>There is no annual QA programme yet. Create this year&apos;s from the plan&apos;s section 4.4; each later year can then be carried over from the one before.</source>
        <translation>尚无年度质量保证方案。请按计划第 4.4 节创建本年度方案；以后各年度可沿用上一年度的方案。</translation>
    </message>
    <message>
        <source>{state}: {count}</source>
        <translation>{state}：{count}</translation>
    </message>
    <message>
        <source>{total} activities — {states}</source>
        <translation>共 {total} 项活动 — {states}</translation>
    </message>
    <message>
        <source>Create the {next} programme with the same activities, months, owners and outputs as {year}</source>
        <translation>沿用 {year} 年度的活动、月份、负责人和输出文件，创建 {next} 年度方案</translation>
    </message>
    <message>
        <source>{tick} the month it was done</source>
        <translation>{tick} 完成月份</translation>
    </message>
    <message>
        <source>Shaded: planned months.</source>
        <translation>底色：计划月份。</translation>
    </message>
    <message>
        <source>Select an activity.</source>
        <translation>请选择一项活动。</translation>
    </message>
    <message>
        <source>planned {start} to {end}</source>
        <translation>计划 {start} 至 {end}</translation>
    </message>
    <message>
        <source>no month planned</source>
        <translation>未计划月份</translation>
    </message>
    <message>
        <source>{seq}. {name} — {owner}, {window}</source>
        <translation>{seq}. {name} — {owner}，{window}</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>未指定负责人</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>无备注。</translation>
    </message>
    <message>
        <source>Document missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <source>{file} is no longer in the documents folder; generate it again from the Reports menu.</source>
        <translation>{file} 已不在文档文件夹中；请通过“报告”菜单重新生成。</translation>
    </message>
    <message>
        <source>Create next year&apos;s programme</source>
        <translation>创建下一年度方案</translation>
    </message>
    <message>
        <source>Create the {next} programme from {year}&apos;s? Its activities, planned months, owners and outputs are carried over; status, dates done and notes start empty.</source>
        <translation>以 {year} 年度方案为基础创建 {next} 年度方案吗？活动、计划月份、负责人和输出文件将沿用；状态、完成日期和备注为空。</translation>
    </message>
    <message>
        <source>Annual programme</source>
        <translation>年度方案</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>The year whose programme is shown</source>
        <translation>要显示年度方案的年份</translation>
    </message>
    <message>
        <source>Update the selected activity: status, date done, owner, months, notes (Ctrl+E, Enter or double-click)</source>
        <translation>更新所选活动：状态、完成日期、负责人、月份、备注（Ctrl+E、Enter 或双击）</translation>
    </message>
    <message>
        <source>&amp;Update activity…</source>
        <translation>更新活动(&amp;U)…</translation>
    </message>
    <message>
        <source>Create the following year&apos;s programme with the same activities, months, owners and outputs</source>
        <translation>以相同的活动、月份、负责人和输出文件创建下一年度方案</translation>
    </message>
    <message>
        <source>Create &amp;next year from this one</source>
        <translation>沿用本年度创建下一年度(&amp;N)</translation>
    </message>
    <message>
        <source>Shaded months are planned, in the colour of the activity&apos;s state; ✓ marks the month it was done</source>
        <translation>有底色的月份为计划月份，颜色表示活动进度；✓ 表示完成月份</translation>
    </message>
    <message>
        <source>Selected activity</source>
        <translation>所选活动</translation>
    </message>
    <message>
        <source>Create this year&apos;s programme from the nine activities of plan §4.4</source>
        <translation>按计划第 4.4 节的九项活动创建本年度方案</translation>
    </message>
</context>
<context>
    <name>RaiseNcDialog</name>
    <message>
        <source>— not classified —</source>
        <translation>— 未分类 —</translation>
    </message>
    <message>
        <source>From {audit}, item {item} · auditee: {department} · auditor: {auditor} · found on {date}</source>
        <translation>来自 {audit}，检查项 {item} · 受审部门：{department} · 审核员：{auditor} · 发现日期：{date}</translation>
    </message>
    <message>
        <source>Write the facts: the objective evidence of the finding.</source>
        <translation>请填写不符合事实：该审核发现的客观证据。</translation>
    </message>
    <message>
        <source>Raise a nonconformity</source>
        <translation>提出不符合项</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>等级(&amp;G)：</translation>
    </message>
    <message>
        <source>Major: a systemic or area-wide failure, or serious consequences. Minor: an isolated lapse. Observation: not yet a nonconformity.</source>
        <translation>严重：系统性或区域性失效，或造成严重后果。一般：个别、孤立的偏差。观察：尚不构成不符合。</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>System: the documents do not meet the standard. Implementation: the documents are not followed. Effectiveness: followed, but the results were not achieved.</source>
        <translation>体系性：文件不符合标准。实施性：未按文件执行。效果性：已按文件执行，但未达到预期结果。</translation>
    </message>
    <message>
        <source>Standard &amp;clause:</source>
        <translation>标准条款(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Internal clause:</source>
        <translation>内部文件条款(&amp;I)：</translation>
    </message>
    <message>
        <source>The company procedure and its clause, e.g. QP-08 §4.2</source>
        <translation>公司程序文件及其条款，例如 QP-08 §4.2</translation>
    </message>
    <message>
        <source>&amp;Facts:</source>
        <translation>不符合事实描述(&amp;F)：</translation>
    </message>
    <message>
        <source>Objective evidence: ticket, slip and serial numbers, dates, people, sample size (required)</source>
        <translation>客观证据：工单号、单据号、序列号、日期、人员、样本量（必填）</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>完成期限(&amp;D)：</translation>
    </message>
    <message>
        <source>When the corrective action must be complete (major and minor: 30 days by default)</source>
        <translation>纠正措施须完成的日期（严重和一般不符合默认为 30 天）</translation>
    </message>
    <message>
        <source>Observations are tracked without a deadline</source>
        <translation>观察项只跟踪，不设完成期限</translation>
    </message>
    <message>
        <source>No &amp;deadline</source>
        <translation>不设期限(&amp;D)</translation>
    </message>
    <message>
        <source>Issue the nonconformity to the auditee now; unchecked, it stays a draft you can still edit</source>
        <translation>立即向受审方开具此不符合项；不勾选则保存为草稿，仍可编辑</translation>
    </message>
    <message>
        <source>Issue &amp;now</source>
        <translation>立即开具(&amp;N)</translation>
    </message>
</context>
<context>
    <name>RecurrenceDialog</name>
    <message>
        <source>— not classified —</source>
        <translation>— 未分类 —</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>(not found in an audit)</source>
        <translation>（非审核中发现）</translation>
    </message>
    <message>
        <source>Recurrence of {number}</source>
        <translation>{number} 再次发生</translation>
    </message>
    <message>
        <source>{number} happened again. The follow-up nonconformity is linked to it and starts from its process, clause and department. Write what was found this time.</source>
        <translation>{number} 再次发生。后续不符合项将与其关联，并沿用其过程、条款和受审部门。请填写本次发现的情况。</translation>
    </message>
    <message>
        <source>{number} (found in {audit})</source>
        <translation>{number}（发现于 {audit}）</translation>
    </message>
    <message>
        <source>Write the facts: what was found this time.</source>
        <translation>请填写不符合事实：本次发现的情况。</translation>
    </message>
    <message>
        <source>Raise a follow-up nonconformity</source>
        <translation>提出后续不符合项</translation>
    </message>
    <message>
        <source>Follows up:</source>
        <translation>前序不符合项：</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>等级(&amp;G)：</translation>
    </message>
    <message>
        <source>A recurrence is usually escalated one grade: a recurring minor nonconformity becomes major</source>
        <translation>再次发生通常升级一级：再次发生的一般不符合升级为严重不符合</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>System: the documents do not meet the standard. Implementation: the documents are not followed. Effectiveness: followed, but the results were not achieved.</source>
        <translation>体系性：文件不符合标准。实施性：未按文件执行。效果性：已按文件执行，但未达到预期结果。</translation>
    </message>
    <message>
        <source>&amp;Audit:</source>
        <translation>审核(&amp;A)：</translation>
    </message>
    <message>
        <source>The audit in which the problem was found again</source>
        <translation>再次发现该问题的审核</translation>
    </message>
    <message>
        <source>&amp;Process:</source>
        <translation>过程(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>受审部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Standard &amp;clause:</source>
        <translation>标准条款(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Internal clause:</source>
        <translation>内部文件条款(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Facts:</source>
        <translation>不符合事实描述(&amp;F)：</translation>
    </message>
    <message>
        <source>What was found this time: ticket and record numbers, dates, sample size</source>
        <translation>本次发现的情况：工单号和记录编号、日期、样本量</translation>
    </message>
    <message>
        <source>F&amp;ound on:</source>
        <translation>发现日期(&amp;O)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>完成期限(&amp;U)：</translation>
    </message>
    <message>
        <source>When the follow-up must be closed; 30 days after it was found unless you change it</source>
        <translation>后续不符合项须关闭的日期；默认为发现后 30 天，可修改</translation>
    </message>
    <message>
        <source>Issue it to the department at once; otherwise it is kept as a draft</source>
        <translation>立即向受审部门开具；否则保存为草稿</translation>
    </message>
    <message>
        <source>&amp;Issue now</source>
        <translation>立即开具(&amp;I)</translation>
    </message>
</context>
<context>
    <name>RegisterPresets</name>
    <message>
        <source>Awaiting my verification</source>
        <translation>我的待验证</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Major this year</source>
        <translation>本年严重不符合</translation>
    </message>
    <message>
        <source>My corrective actions</source>
        <translation>我的纠正措施</translation>
    </message>
    <message>
        <source>Open this year</source>
        <translation>本年未关闭</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Saved as {path} and opened in your PDF viewer.</source>
        <translation>已保存为 {path}，并已在 PDF 阅读器中打开。</translation>
    </message>
    <message>
        <source>Generate a document</source>
        <translation>生成文件</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>文件(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>对象(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>{dimension}:</source>
        <translation>{dimension}：</translation>
    </message>
    <message>
        <source>Save and &amp;next</source>
        <translation>保存并录入下一份(&amp;N)</translation>
    </message>
    <message>
        <source>Save this response and start the next one (Ctrl+Return)</source>
        <translation>保存此问卷并开始录入下一份（Ctrl+Return）</translation>
    </message>
    <message>
        <source>{key} {title}: response {row}</source>
        <translation>{key} {title}：第 {row} 份问卷</translation>
    </message>
    <message>
        <source>{key} {title}: {count} saved; the next response</source>
        <translation>{key} {title}：已保存 {count} 份，录入下一份</translation>
    </message>
    <message>
        <source>{key} {title}: a new response</source>
        <translation>{key} {title}：新问卷</translation>
    </message>
    <message>
        <source>Survey response</source>
        <translation>调查问卷</translation>
    </message>
    <message>
        <source>Edit response</source>
        <translation>编辑问卷</translation>
    </message>
    <message>
        <source>Without an overall score the response is kept, but it is not a valid response for the satisfaction rates.</source>
        <translation>未填写总体满意度的问卷会保留，但不作为计算满意率的有效问卷。</translation>
    </message>
    <message>
        <source>Dissatisfied: a follow-up will be opened for this response.</source>
        <translation>不满意：将为此问卷创建待跟进项。</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Respondent:</source>
        <translation>受访人(&amp;R)：</translation>
    </message>
    <message>
        <source>Scores (1 very dissatisfied … 5 very satisfied; type the digit)</source>
        <translation>评分（1 非常不满意 … 5 非常满意；直接输入数字）</translation>
    </message>
    <message>
        <source>&amp;Overall satisfaction:</source>
        <translation>总体满意度(&amp;O)：</translation>
    </message>
    <message>
        <source>Without an overall score the response is kept but is not a valid response for the rates</source>
        <translation>未填写总体满意度的问卷会保留，但不作为计算满意率的有效问卷</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>意见(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>ResponsesTableModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>受访人</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体满意度</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>No overall score: kept, but not a valid response for the rates</source>
        <translation>未填写总体满意度：已保留，但不作为计算满意率的有效问卷</translation>
    </message>
</context>
<context>
    <name>ReviewActionDialog</name>
    <message>
        <source>(choose the owner)</source>
        <translation>（请选择责任人）</translation>
    </message>
    <message>
        <source>New decision — {number}</source>
        <translation>新建决议 — {number}</translation>
    </message>
    <message>
        <source>The review&apos;s outputs: improvements, changes to the management system or the services, and resource needs — each with an owner and a deadline.</source>
        <translation>管理评审的输出：改进、管理体系或服务的变更、资源需求 — 每项都须指定责任人和完成期限。</translation>
    </message>
    <message>
        <source>Decision {seq} — {number}</source>
        <translation>决议 {seq} — {number}</translation>
    </message>
    <message>
        <source>The review is closed: only the follow-up of this action can change.</source>
        <translation>管理评审已关闭：只能更新此措施的跟踪情况。</translation>
    </message>
    <message>
        <source>Describe the decision and what will be done.</source>
        <translation>请描述决议及将采取的措施。</translation>
    </message>
    <message>
        <source>Choose who is responsible.</source>
        <translation>请选择责任人。</translation>
    </message>
    <message>
        <source>Review action</source>
        <translation>评审措施</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>ISO 9001 9.3.3: an improvement, a change to the management system or the services, or a resource need</source>
        <translation>ISO 9001 9.3.3：改进机会、管理体系或服务的变更，或资源需求</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>决议与措施(&amp;I)：</translation>
    </message>
    <message>
        <source>The decision and what will be done about it</source>
        <translation>决议内容及将采取的措施</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>责任人(&amp;W)：</translation>
    </message>
    <message>
        <source>Who is responsible (责任人)</source>
        <translation>负责落实的人员</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>完成期限(&amp;U)：</translation>
    </message>
    <message>
        <source>The deadline (期限); after it an unfinished action is overdue</source>
        <translation>完成期限；过期仍未完成的措施即为逾期</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Done records today as the completion date</source>
        <translation>选择“已完成”时，以今天作为完成日期</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>完成证据(&amp;V)：</translation>
    </message>
    <message>
        <source>What shows it was done: a record, a document, a ticket</source>
        <translation>证明已完成的依据：记录、文件、工单</translation>
    </message>
</context>
<context>
    <name>ReviewActionsModel</name>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Decision / action</source>
        <translation>决议/措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>实际完成</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>{status} · {days} days overdue</source>
        <translation>{status} · 逾期 {days} 天</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Management review {year}</source>
        <translation>{year}年度管理评审</translation>
    </message>
    <message>
        <source>(no chair yet)</source>
        <translation>（未指定主持人）</translation>
    </message>
    <message>
        <source>Plan a management review</source>
        <translation>策划管理评审</translation>
    </message>
    <message>
        <source>Management review {number}</source>
        <translation>管理评审 {number}</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>评审输入</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>汇报人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Give the review a title.</source>
        <translation>请填写评审名称。</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>管理评审</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>评审名称(&amp;T)：</translation>
    </message>
    <message>
        <source>For example 2025年度管理评审</source>
        <translation>例如：2025年度管理评审</translation>
    </message>
    <message>
        <source>&amp;Planned date:</source>
        <translation>计划日期(&amp;P)：</translation>
    </message>
    <message>
        <source>When the review meeting is planned; participants are notified in advance</source>
        <translation>评审会议的计划召开日期；需提前通知参加人员</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Review &amp;year:</source>
        <translation>评审年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>The year whose data the review looks at (a January meeting may review the year before)</source>
        <translation>评审所依据数据的年度（1 月召开的会议可评审上一年度）</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>地点(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>主持人(&amp;C)：</translation>
    </message>
    <message>
        <source>Usually the top manager, who also approves the review plan</source>
        <translation>通常为最高管理者，同时负责批准管理评审计划</translation>
    </message>
    <message>
        <source>P&amp;articipants:</source>
        <translation>参加人员(&amp;A)：</translation>
    </message>
    <message>
        <source>Names separated by commas (、 or ,)</source>
        <translation>姓名之间用逗号分隔（、或 ,）</translation>
    </message>
    <message>
        <source>Record that the meeting took place, and when</source>
        <translation>记录会议已召开及召开日期</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>召开日期(&amp;H)：</translation>
    </message>
    <message>
        <source>A&amp;genda — the review inputs of ISO/IEC 20000-1:2018 9.3 and who presents each:</source>
        <translation>议程(&amp;G) — ISO/IEC 20000-1:2018 9.3 规定的评审输入及各项汇报人：</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change who presents an input, or the agenda note</source>
        <translation>双击或按 F2 键修改评审输入的汇报人或议程说明</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Management reviews</source>
        <translation>管理评审</translation>
    </message>
    <message>
        <source>{number} {title} — {status}</source>
        <translation>{number} {title} — {status}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>held on {day}</source>
        <translation>已于 {day} 召开</translation>
    </message>
    <message>
        <source>not held yet</source>
        <translation>尚未召开</translation>
    </message>
    <message>
        <source>Planned for {day}, {held}; {location}</source>
        <translation>计划于 {day} 召开，{held}；{location}</translation>
    </message>
    <message>
        <source>location not set</source>
        <translation>未设地点</translation>
    </message>
    <message>
        <source>Closed on {day}. Its actions are still followed up.</source>
        <translation>已于 {day} 关闭。其措施仍在跟踪。</translation>
    </message>
    <message>
        <source>Not ready to close:</source>
        <translation>尚不能关闭：</translation>
    </message>
    <message>
        <source>Ready to close.</source>
        <translation>可以关闭。</translation>
    </message>
    <message>
        <source>{total} actions, {open} not finished</source>
        <translation>共 {total} 项措施，{open} 项未完成</translation>
    </message>
    <message>
        <source>, {overdue} overdue</source>
        <translation>，其中 {overdue} 项逾期</translation>
    </message>
    <message>
        <source>Compiled from the data of {year} at {time}</source>
        <translation>根据 {year} 年度数据汇编于 {time}</translation>
    </message>
    <message>
        <source>Close review</source>
        <translation>关闭管理评审</translation>
    </message>
    <message>
        <source>Close {number}? Its plan, notes and conclusion can no longer change; its {open} unfinished actions stay followed up.</source>
        <translation>关闭 {number}？关闭后其计划、说明和结论将不能再修改；{open} 项未完成的措施将继续跟踪。</translation>
    </message>
    <message>
        <source>No management review yet. Plan one with New review…: its agenda follows the review inputs a–k of ISO/IEC 20000-1:2018 9.3, and its input pack is compiled from the year&apos;s data.</source>
        <translation>尚无管理评审。请通过“新建评审…”进行策划：议程依据 ISO/IEC 20000-1:2018 9.3 的评审输入 a–k，评审输入材料由本年度数据汇编而成。</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>管理评审</translation>
    </message>
    <message>
        <source>Plan a new management review (Ctrl+Shift+N)</source>
        <translation>策划新的管理评审（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>&amp;New review…</source>
        <translation>新建评审(&amp;N)…</translation>
    </message>
    <message>
        <source>Change the selected review&apos;s plan and agenda, or record that it was held (Ctrl+E, or double-click the review)</source>
        <translation>修改所选评审的计划和议程，或记录会议已召开（Ctrl+E，或双击该评审）</translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation>编辑计划(&amp;E)…</translation>
    </message>
    <message>
        <source>PDF documents of the selected review: the plan and the report</source>
        <translation>所选管理评审的 PDF 文件：管理评审计划和管理评审报告</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>文件(&amp;U)</translation>
    </message>
    <message>
        <source>Double-click a review to edit its plan</source>
        <translation>双击评审以编辑其计划</translation>
    </message>
    <message>
        <source>&amp;Plan and agenda</source>
        <translation>计划与议程(&amp;P)</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>会议：</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>主持人：</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>参加人员：</translation>
    </message>
    <message>
        <source>ISO/IEC 20000-1:2018 9.3 review inputs and who presents each; notes are written on the Input pack tab</source>
        <translation>ISO/IEC 20000-1:2018 9.3 规定的评审输入及各项汇报人；说明在“评审输入材料”页填写</translation>
    </message>
    <message>
        <source>&amp;Input pack</source>
        <translation>评审输入材料(&amp;I)</translation>
    </message>
    <message>
        <source>Compile the pack again from today&apos;s data (F5)</source>
        <translation>按当前数据重新汇编评审输入材料（F5）</translation>
    </message>
    <message>
        <source>&amp;Recompile</source>
        <translation>重新汇编(&amp;R)</translation>
    </message>
    <message>
        <source>The review inputs a–k; grey ones have no data yet, ✎ marks those with notes</source>
        <translation>评审输入 a–k；灰色表示尚无数据，✎ 表示已填写说明</translation>
    </message>
    <message>
        <source>N&amp;otes for this input (what the data cannot say):</source>
        <translation>此项评审输入的说明(&amp;O)（数据无法反映的内容）：</translation>
    </message>
    <message>
        <source>Saved when you leave the field, switch inputs or press Ctrl+S</source>
        <translation>离开此栏、切换评审输入或按 Ctrl+S 时保存</translation>
    </message>
    <message>
        <source>&amp;Decisions and actions</source>
        <translation>决议与措施(&amp;D)</translation>
    </message>
    <message>
        <source>Double-click an action to change it; overdue actions are red</source>
        <translation>双击措施进行修改；逾期措施显示为红色</translation>
    </message>
    <message>
        <source>Record a decision of the review with its owner and deadline (Ctrl+N)</source>
        <translation>记录评审决议及其责任人和完成期限（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Add action…</source>
        <translation>添加措施(&amp;A)…</translation>
    </message>
    <message>
        <source>Change the selected action</source>
        <translation>修改所选措施</translation>
    </message>
    <message>
        <source>Cha&amp;nge…</source>
        <translation>修改(&amp;N)…</translation>
    </message>
    <message>
        <source>Mark the selected action done, with its evidence</source>
        <translation>将所选措施标记为已完成，并填写完成证据</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>标记完成(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Conclusion</source>
        <translation>评审结论(&amp;C)</translation>
    </message>
    <message>
        <source>The review&apos;s conclusion on the management system: is it still suitable, adequate and effective?</source>
        <translation>评审对管理体系的结论：体系是否持续适宜、充分和有效？</translation>
    </message>
    <message>
        <source>&amp;Suitability:</source>
        <translation>适宜性(&amp;S)：</translation>
    </message>
    <message>
        <source>Does the system still fit the organisation, its services and its context?</source>
        <translation>体系是否仍适合组织、其服务及所处环境？</translation>
    </message>
    <message>
        <source>&amp;Adequacy:</source>
        <translation>充分性(&amp;A)：</translation>
    </message>
    <message>
        <source>Does it cover what it must (requirements, processes, resources)?</source>
        <translation>体系是否覆盖了应覆盖的内容（要求、过程、资源）？</translation>
    </message>
    <message>
        <source>E&amp;ffectiveness:</source>
        <translation>有效性(&amp;F)：</translation>
    </message>
    <message>
        <source>Does it achieve the intended results (objectives, service levels, satisfaction)?</source>
        <translation>体系是否实现了预期结果（目标、服务级别、满意度）？</translation>
    </message>
    <message>
        <source>Save the conclusion (Ctrl+S); it is also saved when you leave the page</source>
        <translation>保存评审结论（Ctrl+S）；离开本页时也会自动保存</translation>
    </message>
    <message>
        <source>&amp;Save conclusion</source>
        <translation>保存结论(&amp;S)</translation>
    </message>
    <message>
        <source>Close the review once it was held and its conclusion is written; its actions stay followed up</source>
        <translation>评审会议已召开且结论已填写后，可关闭评审；其措施将继续跟踪</translation>
    </message>
    <message>
        <source>C&amp;lose review</source>
        <translation>关闭评审(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ReviewsTableModel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>召开日期</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>未完成措施</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>{open} of {total} actions not finished</source>
        <translation>{total} 项措施中有 {open} 项未完成</translation>
    </message>
</context>
<context>
    <name>RunItemsModel</name>
    <message>
        <source>{count} file(s)</source>
        <translation>{count} 个文件</translation>
    </message>
</context>
<context>
    <name>RunsTableModel</name>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>受审部门</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Template {code} version {version}</source>
        <translation>模板 {code} 版本 {version}</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Enter your name: every change is signed with it.</source>
        <translation>请输入您的姓名：每项修改都以此签署。</translation>
    </message>
    <message>
        <source>{name} is not among the organisation&apos;s people: “My audits” will stay empty.</source>
        <translation>{name} 不在组织人员名单中：“我的审核”将为空。</translation>
    </message>
    <message>
        <source>Every change you make is signed with this name.</source>
        <translation>您所做的每项修改都以此姓名签署。</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无徽标</translation>
    </message>
    <message>
        <source>The image cannot be shown</source>
        <translation>无法显示该图片</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>选择徽标</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation>不是图片</translation>
    </message>
    <message>
        <source>{file} is not a PNG or JPEG image.</source>
        <translation>{file} 不是 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>Last backup: {path}</source>
        <translation>上次备份：{path}</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3)</source>
        <translation>SQLite 数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <source>The database was backed up to
{path}</source>
        <translation>数据库已备份到
{path}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Language and user</source>
        <translation>语言与用户</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The whole interface switches at once; reports keep their own language</source>
        <translation>整个界面立即切换；报告保持各自的语言</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Your name signs every change you make on this laptop</source>
        <translation>您在本机上所做的每项修改都以此姓名签署</translation>
    </message>
    <message>
        <source>&amp;Change user</source>
        <translation>切换用户(&amp;C)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Company na&amp;me:</source>
        <translation>公司名称(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>Document &amp;prefix:</source>
        <translation>文件编号前缀(&amp;P)：</translation>
    </message>
    <message>
        <source>Starts the numbers of controlled documents, e.g. XDYJ in XDYJ-04-09</source>
        <translation>受控文件编号的开头，例如 XDYJ-04-09 中的 XDYJ</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>徽标：</translation>
    </message>
    <message>
        <source>A PNG or JPEG image, at most 2 MB; it is copied into the data folder</source>
        <translation>PNG 或 JPEG 图片，不超过 2 MB；将复制到数据文件夹中</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Save the organisation&apos;s details (Ctrl+S)</source>
        <translation>保存组织信息（Ctrl+S）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>数据文件夹(&amp;D)：</translation>
    </message>
    <message>
        <source>Where the database, attachments and backups are kept</source>
        <translation>数据库、附件和备份的存放位置</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <source>Copy the whole database to a file of your choice, e.g. on a USB stick</source>
        <translation>将整个数据库复制到您选择的文件，例如 U 盘</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>StockMonthsModel</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Issued cost</source>
        <translation>出库成本</translation>
    </message>
    <message>
        <source>Received cost</source>
        <translation>入库成本</translation>
    </message>
    <message>
        <source>Month-end stock</source>
        <translation>月末库存</translation>
    </message>
    <message>
        <source>Average stock</source>
        <translation>平均库存</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>周转率</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>周转天数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Days in the month ÷ turnover</source>
        <translation>当月天数 ÷ 周转率</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Q1 (January–March)</source>
        <translation>第1季度（1–3月）</translation>
    </message>
    <message>
        <source>Q2 (April–June)</source>
        <translation>第2季度（4–6月）</translation>
    </message>
    <message>
        <source>Q3 (July–September)</source>
        <translation>第3季度（7–9月）</translation>
    </message>
    <message>
        <source>Q4 (October–December)</source>
        <translation>第4季度（10–12月）</translation>
    </message>
    <message>
        <source>Phone call-backs</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <source>Questionnaire (paper or e-mail)</source>
        <translation>问卷（纸质或电子邮件）</translation>
    </message>
    <message>
        <source>Online questionnaire</source>
        <translation>在线问卷</translation>
    </message>
    <message>
        <source>On-site interviews</source>
        <translation>现场访谈</translation>
    </message>
    <message>
        <source>Plan a satisfaction survey</source>
        <translation>策划满意度调查</translation>
    </message>
    <message>
        <source>Survey {key}</source>
        <translation>满意度调查 {key}</translation>
    </message>
    <message>
        <source>Satisfaction survey plan</source>
        <translation>满意度调查计划</translation>
    </message>
    <message>
        <source>Plan §4.4: one customer satisfaction survey per quarter (March, June, September), planned, conducted and analysed by the service desk.</source>
        <translation>计划第 4.4 节：每季度开展一次客户满意度调查（3 月、6 月、9 月），由服务台策划、实施并分析。</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>The year of the survey</source>
        <translation>调查年度</translation>
    </message>
    <message>
        <source>The quarter the survey covers; each quarter has at most one survey</source>
        <translation>调查所覆盖的季度；每季度最多一次调查</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Leave empty for the quarter&apos;s default title</source>
        <translation>留空则使用该季度的默认标题</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>调查方式(&amp;M)：</translation>
    </message>
    <message>
        <source>How customers are asked: pick one or type your own</source>
        <translation>如何调查客户：可从列表中选择或自行输入</translation>
    </message>
    <message>
        <source>Sample si&amp;ze:</source>
        <translation>样本量(&amp;Z)：</translation>
    </message>
    <message>
        <source>How many responses the plan aims for; the analysis compares it with the responses received</source>
        <translation>计划收回的问卷数；结果分析时将与实际收回的问卷数比较</translation>
    </message>
    <message>
        <source>&amp;Sample plan:</source>
        <translation>抽样方案(&amp;S)：</translation>
    </message>
    <message>
        <source>Who is asked and how they are chosen: customers, contacts, share of closed tickets…</source>
        <translation>调查对象及选取方式：客户、联系人、已关闭工单的抽取比例…</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <source>Who runs the survey (the plan names the service desk specialist)</source>
        <translation>负责实施调查的人员（计划规定为服务台专员）</translation>
    </message>
    <message>
        <source>P&amp;lanned on:</source>
        <translation>计划日期(&amp;L)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Conducted on:</source>
        <translation>实施日期(&amp;C)：</translation>
    </message>
    <message>
        <source>The satisfaction KPI counts in this month; without a date, in the quarter&apos;s last month</source>
        <translation>满意度指标计入此日期所在月份；未填日期则计入该季度最后一个月</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <source>A survey is in progress once responses are recorded; mark it done when the results are complete</source>
        <translation>录入问卷后调查即为进行中；结果完整后请标记为已完成</translation>
    </message>
</context>
<context>
    <name>SurveysTableModel</name>
    <message>
        <source>Survey</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Conducted</source>
        <translation>实施日期</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>问卷数</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Satisfied rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>{satisfied} of {valid} valid responses scored 4 or 5</source>
        <translation>{valid} 份有效问卷中有 {satisfied} 份评分为 4 或 5 分</translation>
    </message>
    <message>
        <source>{received} received, {valid} valid</source>
        <translation>收回 {received} 份，有效 {valid} 份</translation>
    </message>
</context>
<context>
    <name>SurveysView</name>
    <message>
        <source>No survey is planned for {year}. Plan one with New survey….</source>
        <translation>{year} 年尚未策划满意度调查。请通过“新建调查…”进行策划。</translation>
    </message>
    <message>
        <source>{key} · {title} — {status}</source>
        <translation>{key} · {title} — {status}</translation>
    </message>
    <message>
        <source>Method: {method}</source>
        <translation>调查方式：{method}</translation>
    </message>
    <message>
        <source>Sample: {size}</source>
        <translation>样本量：{size}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>负责人：{owner}</translation>
    </message>
    <message>
        <source>Planned: {date}</source>
        <translation>计划日期：{date}</translation>
    </message>
    <message>
        <source>Conducted: {date}</source>
        <translation>实施日期：{date}</translation>
    </message>
    <message>
        <source>Satisfaction KPI month: {period}</source>
        <translation>满意度指标计入月份：{period}</translation>
    </message>
    <message>
        <source>Sample plan: {plan}</source>
        <translation>抽样方案：{plan}</translation>
    </message>
    <message>
        <source>Target: satisfied rate ≥ {rate}</source>
        <translation>目标：满意率 ≥ {rate}</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>The year&apos;s satisfaction target, set in Measures</source>
        <translation>本年度满意度目标，在“质量指标”中设定</translation>
    </message>
    <message>
        <source>No satisfaction target is set for this year in Measures: the default, a good-rating rate of at least 80%, applies</source>
        <translation>本年度未在“质量指标”中设定满意度目标：采用默认目标，即好评率不低于 80%</translation>
    </message>
    <message>
        <source>Dissatisfied responses (overall 1–2) and their follow-up:</source>
        <translation>不满意问卷（总体满意度 1–2 分）及其跟进：</translation>
    </message>
    <message>
        <source>of {received} received</source>
        <translation>共收回 {received} 份</translation>
    </message>
    <message>
        <source>sample {size} ({coverage})</source>
        <translation>样本量 {size}（{coverage}）</translation>
    </message>
    <message>
        <source>Σ {total:g} ÷ {valid}</source>
        <translation>Σ {total:g} ÷ {valid}</translation>
    </message>
    <message>
        <source>Σ {total:g} ÷ ({valid} × 5)</source>
        <translation>Σ {total:g} ÷ ({valid} × 5)</translation>
    </message>
    <message>
        <source>target met</source>
        <translation>已达到目标</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>未达到目标</translation>
    </message>
    <message>
        <source>{satisfied} of {valid} scored 4–5 · target ≥ {target} {verdict}</source>
        <translation>{valid} 份中有 {satisfied} 份评 4–5 分 · 目标 ≥ {target} {verdict}</translation>
    </message>
    <message>
        <source>{received} responses, {valid} valid</source>
        <translation>问卷 {received} 份，有效 {valid} 份</translation>
    </message>
    <message>
        <source>Dissatisfied responses (overall 1–2): {count}, follow-ups open: {open}</source>
        <translation>不满意问卷（总体满意度 1–2 分）：{count} 份，待跟进：{open} 份</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体满意度</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>No valid responses yet</source>
        <translation>尚无有效问卷</translation>
    </message>
    <message>
        <source>Mean score (1–5)</source>
        <translation>平均分（1–5）</translation>
    </message>
    <message>
        <source>Mean score by dimension</source>
        <translation>各维度平均分</translation>
    </message>
    <message>
        <source>Overall score distribution</source>
        <translation>总体满意度评分分布</translation>
    </message>
    <message>
        <source>Delete survey</source>
        <translation>删除调查</translation>
    </message>
    <message>
        <source>Delete the survey {key} ({title})?</source>
        <translation>删除满意度调查 {key}（{title}）吗？</translation>
    </message>
    <message>
        <source>Delete responses</source>
        <translation>删除问卷</translation>
    </message>
    <message>
        <source>Delete {count} response(s) of {key}? The satisfaction KPI is recomputed.</source>
        <translation>删除 {key} 的 {count} 份问卷吗？满意度指标将重新计算。</translation>
    </message>
    <message>
        <source>Import survey responses into {key}</source>
        <translation>导入问卷到 {key}</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing survey responses</source>
        <translation>正在导入问卷</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <source>Responses imported</source>
        <translation>问卷已导入</translation>
    </message>
    <message>
        <source>Imported {count} responses ({valid} valid) from {file} into {key}.</source>
        <translation>已从 {file} 导入 {count} 份问卷到 {key}（其中有效 {valid} 份）。</translation>
    </message>
    <message>
        <source>{bad} of {rows} rows of {file} have errors; nothing was imported. Correct them and import the file again:</source>
        <translation>{file} 的 {rows} 行中有 {bad} 行有错误，未导入任何数据。请改正后重新导入该文件：</translation>
    </message>
    <message>
        <source>Row {row}, {column} “{value}”: {problem}</source>
        <translation>第 {row} 行，{column}“{value}”：{problem}</translation>
    </message>
    <message>
        <source>… and {count} more problems</source>
        <translation>… 另有 {count} 个问题</translation>
    </message>
    <message>
        <source>e.g. called back on 03-28, night-shift escalation explained, customer satisfied</source>
        <translation>例如：03-28 已回访，已说明夜班升级情况，客户表示满意</translation>
    </message>
    <message>
        <source>Trends, causes of dissatisfaction, improvements for the survey report</source>
        <translation>用于满意度调查报告：趋势、不满意原因、改进措施</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Show the surveys of one year</source>
        <translation>显示某一年的满意度调查</translation>
    </message>
    <message>
        <source>The satisfied-rate target the surveys are measured against</source>
        <translation>衡量满意度调查结果的满意率目标</translation>
    </message>
    <message>
        <source>Plan a quarter&apos;s satisfaction survey (Ctrl+Shift+N)</source>
        <translation>策划某季度的满意度调查（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>&amp;New survey…</source>
        <translation>新建调查(&amp;N)…</translation>
    </message>
    <message>
        <source>Edit the selected survey&apos;s plan, dates and status (Ctrl+E, or double-click the survey)</source>
        <translation>编辑所选调查的计划、日期和状态（Ctrl+E，或双击该调查）</translation>
    </message>
    <message>
        <source>&amp;Edit survey…</source>
        <translation>编辑调查(&amp;E)…</translation>
    </message>
    <message>
        <source>Delete a survey planned by mistake (only while it has no responses)</source>
        <translation>删除误建的调查（仅限尚无问卷时）</translation>
    </message>
    <message>
        <source>&amp;Delete survey</source>
        <translation>删除调查(&amp;D)</translation>
    </message>
    <message>
        <source>PDF documents of the year&apos;s surveys: the plan, the results and the report</source>
        <translation>本年度满意度调查的 PDF 文件：调查计划、调查结果和调查报告</translation>
    </message>
    <message>
        <source>Documen&amp;ts</source>
        <translation>文件(&amp;T)</translation>
    </message>
    <message>
        <source>The year&apos;s surveys; the satisfied rate is green when it reaches the target, red when it does not</source>
        <translation>本年度的满意度调查；满意率达到目标时显示为绿色，未达到时显示为红色</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>结果分析(&amp;A)</translation>
    </message>
    <message>
        <source>valid responses</source>
        <translation>有效问卷</translation>
    </message>
    <message>
        <source>mean score (of 5)</source>
        <translation>平均分（满分 5 分）</translation>
    </message>
    <message>
        <source>score rate</source>
        <translation>得分率</translation>
    </message>
    <message>
        <source>satisfied rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Responses with an overall score</source>
        <translation>填写了总体满意度的问卷</translation>
    </message>
    <message>
        <source>Σ overall ÷ valid responses</source>
        <translation>Σ总体满意度 ÷ 有效问卷数</translation>
    </message>
    <message>
        <source>Σ overall ÷ (valid responses × 5)</source>
        <translation>Σ总体满意度 ÷（有效问卷数 × 5）</translation>
    </message>
    <message>
        <source>Responses scoring overall 4 or 5 ÷ valid responses; this is the satisfaction KPI</source>
        <translation>总体满意度为 4 或 5 分的问卷数 ÷ 有效问卷数；即满意度指标</translation>
    </message>
    <message>
        <source>Follow-&amp;up:</source>
        <translation>跟进状态(&amp;U)：</translation>
    </message>
    <message>
        <source>Open until the customer has been called back and the cause dealt with</source>
        <translation>在回访客户并处理原因之前，保持“待跟进”</translation>
    </message>
    <message>
        <source>Save the follow-up of the selected response</source>
        <translation>保存所选问卷的跟进情况</translation>
    </message>
    <message>
        <source>Save &amp;follow-up</source>
        <translation>保存跟进(&amp;F)</translation>
    </message>
    <message>
        <source>What was &amp;done:</source>
        <translation>跟进情况(&amp;D)：</translation>
    </message>
    <message>
        <source>Call-back, apology, corrective action — what was done about this customer&apos;s dissatisfaction</source>
        <translation>回访、致歉、纠正措施 — 针对该客户的不满意采取了哪些措施</translation>
    </message>
    <message>
        <source>C&amp;onclusions of the analysis:</source>
        <translation>分析结论(&amp;O)：</translation>
    </message>
    <message>
        <source>The analyst&apos;s conclusions for the survey report: trends, causes, improvements</source>
        <translation>供满意度调查报告使用的分析结论：趋势、原因、改进</translation>
    </message>
    <message>
        <source>Save co&amp;nclusions</source>
        <translation>保存结论(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Responses</source>
        <translation>问卷(&amp;R)</translation>
    </message>
    <message>
        <source>Enter one questionnaire (Insert)</source>
        <translation>录入一份问卷（Insert）</translation>
    </message>
    <message>
        <source>Add res&amp;ponse…</source>
        <translation>添加问卷(&amp;P)…</translation>
    </message>
    <message>
        <source>Correct the selected response (Enter, or double-click it)</source>
        <translation>修改所选问卷（Enter，或双击该问卷）</translation>
    </message>
    <message>
        <source>Ed&amp;it response…</source>
        <translation>编辑问卷(&amp;I)…</translation>
    </message>
    <message>
        <source>Delete the selected responses (Delete)</source>
        <translation>删除所选问卷（Delete）</translation>
    </message>
    <message>
        <source>De&amp;lete response</source>
        <translation>删除问卷(&amp;L)</translation>
    </message>
    <message>
        <source>Import a CSV of responses (Ctrl+I): headers 客户, 受访人, 安全性, 可靠性, 响应性, 有形性, 友好性, 总体满意度, 意见, or in English; nothing is imported if any row is wrong</source>
        <translation>从 CSV 文件导入问卷（Ctrl+I）：表头为 客户、受访人、安全性、可靠性、响应性、有形性、友好性、总体满意度、意见，也可用英文表头；只要有一行有错，就不导入任何数据</translation>
    </message>
    <message>
        <source>I&amp;mport CSV…</source>
        <translation>导入 CSV(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>TemplateItemsModel</name>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>检查问题</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Evidence and sampling</source>
        <translation>抽样/证据</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>作答方式</translation>
    </message>
    <message>
        <source>Sample of {size}</source>
        <translation>抽样 {size}</translation>
    </message>
    <message>
        <source>Measure ({unit})</source>
        <translation>测量（{unit}）</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Guidance: {text}</source>
        <translation>指引：{text}</translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>检查项数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>TemplatesView</name>
    <message>
        <source>No template selected.</source>
        <translation>未选择模板。</translation>
    </message>
    <message>
        <source>{code} {version} — {title} ({count} items)</source>
        <translation>{code} {version} — {title}（共 {count} 项）</translation>
    </message>
    <message>
        <source>Checklist templates (*.yaml *.yml)</source>
        <translation>检查表模板 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Import a checklist template</source>
        <translation>导入检查表模板</translation>
    </message>
    <message>
        <source>Checking and importing {file}…</source>
        <translation>正在检查并导入 {file}…</translation>
    </message>
    <message>
        <source>Importing the template…</source>
        <translation>正在导入模板…</translation>
    </message>
    <message>
        <source>Template imported</source>
        <translation>模板已导入</translation>
    </message>
    <message>
        <source>{code} {version} — {title}: {count} items imported.</source>
        <translation>{code} {version} — {title}：已导入 {count} 项。</translation>
    </message>
    <message>
        <source>Template not imported</source>
        <translation>模板未导入</translation>
    </message>
    <message>
        <source>The import failed unexpectedly: {error}</source>
        <translation>导入意外失败：{error}</translation>
    </message>
    <message>
        <source>Export the checklist template</source>
        <translation>导出检查表模板</translation>
    </message>
    <message>
        <source>Template exported</source>
        <translation>模板已导出</translation>
    </message>
    <message>
        <source>{code} {version} was saved to {path}</source>
        <translation>{code} {version} 已保存到 {path}</translation>
    </message>
    <message>
        <source>Validate a checklist template</source>
        <translation>校验检查表模板</translation>
    </message>
    <message>
        <source>The template has an error</source>
        <translation>模板有错误</translation>
    </message>
    <message>
        <source>This version is already imported.</source>
        <translation>此版本已导入。</translation>
    </message>
    <message>
        <source>It can be imported.</source>
        <translation>可以导入。</translation>
    </message>
    <message>
        <source>The template is valid</source>
        <translation>模板有效</translation>
    </message>
    <message>
        <source>{file} is valid: {code} {version} — {title}, {count} items. {note}</source>
        <translation>{file} 有效：{code} {version} — {title}，共 {count} 项。{note}</translation>
    </message>
    <message>
        <source>Add a checklist template from a YAML file; a file with any error is refused as a whole (Ctrl+I)</source>
        <translation>从 YAML 文件添加检查表模板；文件有任何错误即整体拒绝导入（Ctrl+I）</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Save the selected template as a YAML file, to edit it or give it to a colleague (Ctrl+E)</source>
        <translation>将所选模板另存为 YAML 文件，以便编辑或提供给同事（Ctrl+E）</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Check a YAML file for errors without importing it</source>
        <translation>检查 YAML 文件是否有错误，但不导入</translation>
    </message>
    <message>
        <source>&amp;Validate…</source>
        <translation>校验(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>TicketImportDialog</name>
    <message>
        <source>Number:</source>
        <translation>工单号:</translation>
    </message>
    <message>
        <source>Opened at:</source>
        <translation>受理时间:</translation>
    </message>
    <message>
        <source>Resolved at:</source>
        <translation>解决时间:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先级:</translation>
    </message>
    <message>
        <source>Made SLA:</source>
        <translation>是否达成SLA:</translation>
    </message>
    <message>
        <source>Knowledge used:</source>
        <translation>是否关联知识:</translation>
    </message>
    <message>
        <source>Reassignments:</source>
        <translation>转派次数:</translation>
    </message>
    <message>
        <source>Reopens:</source>
        <translation>重开次数:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本:</translation>
    </message>
    <message>
        <source>{name} (built in)</source>
        <translation>{name}（内置）</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Choose a service-desk export</source>
        <translation>选择服务台工单导出文件</translation>
    </message>
    <message>
        <source>Ticket exports (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>工单导出文件 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Give the profile a name first.</source>
        <translation>请先为导入配置命名。</translation>
    </message>
    <message>
        <source>Profile {name} saved.</source>
        <translation>导入配置 {name} 已保存。</translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation>请先选择要导入的文件。</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>{rows} rows, {tickets} tickets ({resolved} resolved, {unresolved} not yet resolved) — new: {new}, updated: {updated}, unchanged: {unchanged}, older than the stored version: {older}.</source>
        <translation>{rows} 行，{tickets} 张工单（已解决 {resolved} 张，尚未解决 {unresolved} 张）— 新增：{new}，更新：{updated}，未变：{unchanged}，旧于已存版本：{older}。</translation>
    </message>
    <message>
        <source>This file was imported before ({when}); importing it again counts nothing twice.</source>
        <translation>此文件已于 {when} 导入过；再次导入不会重复计数。</translation>
    </message>
    <message>
        <source>{months} months will be recomputed.</source>
        <translation>将重算 {months} 个月的指标。</translation>
    </message>
    <message>
        <source>{count} problems: correct the file (or the mapping) and preview again; nothing can be imported until every row reads.</source>
        <translation>发现 {count} 个问题：请修改文件（或列映射）后重新预览；所有行都能正确读取后才能导入。</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Write the tickets and recompute the months (enabled by a clean preview)</source>
        <translation>写入工单并重算各月指标（预览无问题后可用）</translation>
    </message>
    <message>
        <source>Import service-desk tickets</source>
        <translation>导入服务台工单</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>A CSV (UTF-8 or GB18030) or Excel (.xlsx, first sheet) export, at most 50 MB</source>
        <translation>CSV（UTF-8 或 GB18030）或 Excel（.xlsx，第一个工作表）导出文件，不超过 50 MB</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>导入配置(&amp;P)：</translation>
    </message>
    <message>
        <source>Which column holds what, and how the export writes dates and yes/no</source>
        <translation>各列对应的字段，以及导出文件中日期和是/否的写法</translation>
    </message>
    <message>
        <source>Edit &amp;mapping…</source>
        <translation>编辑列映射(&amp;M)…</translation>
    </message>
    <message>
        <source>Map the file&apos;s columns yourself and save the mapping as a named profile</source>
        <translation>自行映射文件的列，并将映射另存为命名的导入配置</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列映射</translation>
    </message>
    <message>
        <source>Choose the file&apos;s column for each field. Number, opened, resolved and reassignment count are required; a version column makes the file an event log (the highest version of a ticket is its final state).</source>
        <translation>为每个字段选择文件中的列。工单号、受理时间、解决时间和转派次数为必填；若映射了版本列，文件按事件日志处理（工单的最高版本即其最终状态）。</translation>
    </message>
    <message>
        <source>&amp;Date formats:</source>
        <translation>日期格式(&amp;D)：</translation>
    </message>
    <message>
        <source>One or more formats separated by &quot;;&quot;: yyyy year, mm month, dd day, HH hour, MM minute, ss second — e.g. dd-mm-yyyy HH:MM</source>
        <translation>一个或多个格式，用“;”分隔：yyyy 年、mm 月、dd 日、HH 时、MM 分、ss 秒 — 例如 dd-mm-yyyy HH:MM</translation>
    </message>
    <message>
        <source>&amp;Empty means:</source>
        <translation>视为空值(&amp;E)：</translation>
    </message>
    <message>
        <source>Texts that mean &quot;no value&quot; besides a blank cell, separated by &quot;;&quot; (ServiceNow writes ?)</source>
        <translation>除空白单元格外表示“无值”的文本，用“;”分隔（ServiceNow 写作 ?）</translation>
    </message>
    <message>
        <source>&amp;True words:</source>
        <translation>表示“是”的词(&amp;T)：</translation>
    </message>
    <message>
        <source>How the export writes yes, separated by &quot;;&quot; (case does not matter)</source>
        <translation>导出文件中“是”的写法，用“;”分隔（不区分大小写）</translation>
    </message>
    <message>
        <source>F&amp;alse words:</source>
        <translation>表示“否”的词(&amp;A)：</translation>
    </message>
    <message>
        <source>How the export writes no, separated by &quot;;&quot;</source>
        <translation>导出文件中“否”的写法，用“;”分隔</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>配置名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Save the mapping under this name to use it again (servicenow is built in)</source>
        <translation>以此名称保存映射，以便再次使用（servicenow 为内置配置）</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>保存配置(&amp;S)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>Read and check every row and show what the import would give; nothing is saved</source>
        <translation>读取并检查每一行，显示导入后的结果；不保存任何数据</translation>
    </message>
    <message>
        <source>Months affected</source>
        <translation>受影响的月份</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>{action} — {number}</source>
        <translation>{action} — {number}</translation>
    </message>
    <message>
        <source>{number}: “{action}” changes the status from “{before}” to “{after}”.</source>
        <translation>{number}：“{action}”将状态从“{before}”变为“{after}”。</translation>
    </message>
    <message>
        <source>&amp;Why the auditee disagrees:</source>
        <translation>异议理由(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Ruling:</source>
        <translation>裁定意见(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Why it is withdrawn:</source>
        <translation>撤销理由(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;What must change:</source>
        <translation>需修改的内容(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Why it is reopened:</source>
        <translation>重新打开理由(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Document check</source>
        <translation>文件检查</translation>
    </message>
    <message>
        <source>Re-sampling of records</source>
        <translation>记录重新抽样</translation>
    </message>
    <message>
        <source>KPI trend</source>
        <translation>KPI 趋势</translation>
    </message>
    <message>
        <source>On-site re-check</source>
        <translation>现场复查</translation>
    </message>
    <message>
        <source>Owns corrective action {seqs}: may not verify this nonconformity</source>
        <translation>是纠正措施 {seqs} 的责任人：不能验证此不符合项</translation>
    </message>
    <message>
        <source>a reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>who acknowledges</source>
        <translation>受审方确认人</translation>
    </message>
    <message>
        <source>the verifier</source>
        <translation>验证人</translation>
    </message>
    <message>
        <source>the method</source>
        <translation>验证方法</translation>
    </message>
    <message>
        <source>Still needed: {fields}</source>
        <translation>尚需填写：{fields}</translation>
    </message>
    <message>
        <source>{name} owns a corrective action of this nonconformity and may not verify it.</source>
        <translation>{name} 是此不符合项某项纠正措施的责任人，不能担任验证人。</translation>
    </message>
    <message>
        <source>&amp;Acknowledged by:</source>
        <translation>受审方确认人(&amp;A)：</translation>
    </message>
    <message>
        <source>The auditee representative who accepts the finding</source>
        <translation>接受该审核发现的受审方代表</translation>
    </message>
    <message>
        <source>&amp;Verifier:</source>
        <translation>验证人(&amp;V)：</translation>
    </message>
    <message>
        <source>Who checked the effectiveness; not the owner of any corrective action</source>
        <translation>验证有效性的人员；不能是任何纠正措施的责任人</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>验证方法(&amp;M)：</translation>
    </message>
    <message>
        <source>How the effectiveness was checked; pick one or type your own</source>
        <translation>如何验证有效性；可从列表中选择或自行输入</translation>
    </message>
    <message>
        <source>Result &amp;notes:</source>
        <translation>结论说明(&amp;N)：</translation>
    </message>
    <message>
        <source>What the verification found: samples re-checked, KPI values</source>
        <translation>验证发现：复查的样本、KPI 数值</translation>
    </message>
</context>
<context>
    <name>WhyEditor</name>
    <message>
        <source>Why {n}?</source>
        <translation>为什么 {n}？</translation>
    </message>
    <message>
        <source>Add a why</source>
        <translation>添加“为什么”</translation>
    </message>
    <message>
        <source>Add another “why?” at the end (Enter in a step adds one after it)</source>
        <translation>在末尾再添加一个“为什么”（在某一步中按 Enter 键则在其后添加）</translation>
    </message>
    <message>
        <source>Enter: new step after this one · Alt+Up/Down: move · Ctrl+Delete: remove</source>
        <translation>Enter：在此步之后新增 · Alt+Up/Down：移动 · Ctrl+Delete：删除</translation>
    </message>
    <message>
        <source>Why did it happen?</source>
        <translation>为什么会发生？</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>上移（Alt+Up）</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>下移（Alt+Down）</translation>
    </message>
    <message>
        <source>Remove this step (Ctrl+Delete)</source>
        <translation>删除此步（Ctrl+Delete）</translation>
    </message>
</context>
<context>
    <name>WorkflowBar</name>
    <message>
        <source>Changes the status to “{status}”</source>
        <translation>将状态变为“{status}”</translation>
    </message>
    <message>
        <source>Not possible yet:</source>
        <translation>暂不能执行：</translation>
    </message>
    <message>
        <source>{seq}. {action} — {owner}, due {due}</source>
        <translation>{seq}. {action} — {owner}，期限 {due}</translation>
    </message>
    <message>
        <source>Why can&apos;t I “{action}”?</source>
        <translation>为什么不能“{action}”？</translation>
    </message>
    <message>
        <source>This nonconformity is finished; no further step.</source>
        <translation>此不符合项已完结，没有后续步骤。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>qa-desktop is already running with this data folder:
{folder}</source>
        <translation>qa-desktop 已在使用此数据文件夹运行：
{folder}</translation>
    </message>
</context>
</TS>
