<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>AcceptDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/decision_dialogs.py" line="28"/>
        <source>开始办理日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/assign_dialog.py" line="33"/>
        <source>重新交办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/assign_dialog.py" line="33"/>
        <source>交办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/assign_dialog.py" line="43"/>
        <source>输入名称筛选会办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/assign_dialog.py" line="46"/>
        <location filename="../../app/ui/dialogs/assign_dialog.py" line="179"/>
        <source>请选择主办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/assign_dialog.py" line="56"/>
        <source> 个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/assign_dialog.py" line="61"/>
        <source>恢复默认时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/assign_dialog.py" line="63"/>
        <source>按单位设置的办理时限（{n} 个工作日）重新计算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/assign_dialog.py" line="68"/>
        <source>交办后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/assign_dialog.py" line="70"/>
        <source>截止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/assign_dialog.py" line="93"/>
        <source>主办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/assign_dialog.py" line="94"/>
        <source>会办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/assign_dialog.py" line="95"/>
        <source>办理方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/assign_dialog.py" line="96"/>
        <source>交办日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/assign_dialog.py" line="97"/>
        <source>办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/assign_dialog.py" line="137"/>
        <source>办理时限应晚于交办日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/assign_dialog.py" line="139"/>
        <source>共 {n} 个工作日（不计周末和法定节假日，调休上班日计入）；单位默认 {d} 个工作日。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/assign_dialog.py" line="144"/>
        <source>也可以直接修改截止日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/assign_dialog.py" line="145"/>
        <source>录入{year}年节假日…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../app/ui/widgets/attachments_panel.py" line="69"/>
        <source>添加文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments_panel.py" line="70"/>
        <source>文件会复制到本软件的数据文件夹，原文件可以移走或删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments_panel.py" line="73"/>
        <source>打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments_panel.py" line="75"/>
        <location filename="../../app/ui/widgets/attachments_panel.py" line="204"/>
        <source>归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments_panel.py" line="77"/>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments_panel.py" line="79"/>
        <source>显示已归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments_panel.py" line="100"/>
        <source>可添加现场照片、签到表扫描件、会议材料等；双击打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments_panel.py" line="151"/>
        <source>所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments_panel.py" line="152"/>
        <source>图片 ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments_panel.py" line="153"/>
        <source>文档 ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments_panel.py" line="156"/>
        <source>选择要添加的文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments_panel.py" line="167"/>
        <source>正在添加 {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments_panel.py" line="178"/>
        <source>部分文件未能添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments_panel.py" line="180"/>
        <source>正在添加附件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments_panel.py" line="193"/>
        <source>系统没有可以打开“{name}”的程序。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments_panel.py" line="201"/>
        <source>确定归档附件“{name}”吗？归档后默认不再显示，可随时恢复。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceEditor</name>
    <message>
        <location filename="../../app/ui/widgets/attendance_editor.py" line="36"/>
        <source>委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attendance_editor.py" line="36"/>
        <source>出席情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attendance_editor.py" line="45"/>
        <source>添加委员…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attendance_editor.py" line="47"/>
        <source>添加本平台委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attendance_editor.py" line="48"/>
        <source>把所选站室组的全部委员加入名单，默认为出席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attendance_editor.py" line="50"/>
        <source>移除所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attendance_editor.py" line="131"/>
        <source>出席 {present} 人，请假 {excused} 人，缺席 {absent} 人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../app/ui/widgets/check_list.py" line="93"/>
        <source>已选 {n} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/check_list.py" line="93"/>
        <source>未选择</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../app/ui/dialogs/import_check_page.py" line="55"/>
        <source>检查结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_check_page.py" line="57"/>
        <source>已逐行检查，尚未写入任何数据。没有错误才能导入；导入要么全部写入，要么都不写入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_check_page.py" line="60"/>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_check_page.py" line="66"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_check_page.py" line="66"/>
        <source>工作表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_check_page.py" line="66"/>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_check_page.py" line="66"/>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_check_page.py" line="66"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_check_page.py" line="77"/>
        <source>保存错误报告…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_check_page.py" line="98"/>
        <source>发现 {n} 处错误，不能导入。请修改原文件后重新选择，或返回上一步调整各列的含义。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_check_page.py" line="103"/>
        <source>检查通过，可以导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_check_page.py" line="127"/>
        <source>共 {n} 条，此处列出前 {shown} 条；错误报告中有全部内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_check_page.py" line="145"/>
        <source>保存错误报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_check_page.py" line="145"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_check_page.py" line="154"/>
        <source>无法保存错误报告：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_check_page.py" line="156"/>
        <source>已保存错误报告：出错的单元格标为红色，每行末尾写明原因。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_check_page.py" line="157"/>
        <source>错误报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_check_page.py" line="165"/>
        <source>正在导入……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_check_page.py" line="181"/>
        <source>没有导入任何数据：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_check_page.py" line="186"/>
        <source>已取消导入，数据库没有任何改动。可以再次点“导入”。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="33"/>
        <location filename="../../app/ui/widgets/record_chooser.py" line="57"/>
        <source>活动时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="34"/>
        <location filename="../../app/ui/widgets/record_chooser.py" line="58"/>
        <source>议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="35"/>
        <location filename="../../app/ui/pages/suggestions_page.py" line="40"/>
        <location filename="../../app/ui/widgets/record_chooser.py" line="59"/>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members_page.py" line="22"/>
        <location filename="../../app/ui/widgets/duty_table.py" line="34"/>
        <location filename="../../app/ui/widgets/record_chooser.py" line="89"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members_page.py" line="23"/>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members_page.py" line="24"/>
        <location filename="../../app/ui/widgets/duty_table.py" line="35"/>
        <location filename="../../app/ui/widgets/record_chooser.py" line="90"/>
        <source>界别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members_page.py" line="25"/>
        <source>党派</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members_page.py" line="26"/>
        <source>届次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members_page.py" line="27"/>
        <location filename="../../app/ui/widgets/record_chooser.py" line="91"/>
        <source>工作单位及职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members_page.py" line="28"/>
        <location filename="../../app/ui/pages/platforms_page.py" line="27"/>
        <location filename="../../app/ui/pages/units_page.py" line="24"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members_page.py" line="29"/>
        <location filename="../../app/ui/widgets/duty_table.py" line="36"/>
        <source>所在站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/platforms_page.py" line="22"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/platforms_page.py" line="23"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/platforms_page.py" line="24"/>
        <location filename="../../app/ui/pages/sessions_page.py" line="36"/>
        <location filename="../../app/ui/pages/suggestions_page.py" line="43"/>
        <source>县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/platforms_page.py" line="25"/>
        <source>乡镇街道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/platforms_page.py" line="26"/>
        <source>联络人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/platforms_page.py" line="28"/>
        <source>成立日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/platforms_page.py" line="29"/>
        <source>委员数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/platforms_page.py" line="30"/>
        <source>正常开展</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="37"/>
        <source>议题来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="38"/>
        <source>形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="39"/>
        <source>召集人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="40"/>
        <location filename="../../app/ui/pages/suggestions_page.py" line="36"/>
        <location filename="../../app/ui/widgets/session_suggestions.py" line="22"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="41"/>
        <source>建议数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="42"/>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/suggestions_page.py" line="33"/>
        <location filename="../../app/ui/widgets/record_chooser.py" line="68"/>
        <source>提出日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/suggestions_page.py" line="34"/>
        <location filename="../../app/ui/widgets/record_chooser.py" line="69"/>
        <location filename="../../app/ui/widgets/session_suggestions.py" line="21"/>
        <source>建议标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/suggestions_page.py" line="35"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/suggestions_page.py" line="37"/>
        <location filename="../../app/ui/widgets/record_chooser.py" line="70"/>
        <location filename="../../app/ui/widgets/session_suggestions.py" line="23"/>
        <source>主办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/suggestions_page.py" line="38"/>
        <location filename="../../app/ui/widgets/session_suggestions.py" line="24"/>
        <source>办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/suggestions_page.py" line="39"/>
        <location filename="../../app/ui/widgets/session_suggestions.py" line="25"/>
        <source>答复日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/suggestions_page.py" line="41"/>
        <location filename="../../app/ui/widgets/session_suggestions.py" line="27"/>
        <source>提出人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/suggestions_page.py" line="42"/>
        <location filename="../../app/ui/widgets/session_suggestions.py" line="26"/>
        <source>办理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/units_page.py" line="22"/>
        <location filename="../../app/ui/widgets/record_chooser.py" line="79"/>
        <source>单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/units_page.py" line="23"/>
        <location filename="../../app/ui/widgets/record_chooser.py" line="80"/>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/units_page.py" line="25"/>
        <source>主办建议数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/duty_table.py" line="37"/>
        <source>出席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/duty_table.py" line="38"/>
        <source>请假</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/duty_table.py" line="39"/>
        <source>缺席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/duty_table.py" line="40"/>
        <source>提出建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/duty_table.py" line="41"/>
        <source>召集活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/duty_table.py" line="42"/>
        <source>视察调研</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/duty_table.py" line="43"/>
        <source>告诫提醒</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcludeDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/conclude_dialog.py" line="21"/>
        <source>答复（{day}，{result}）：{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conclude_dialog.py" line="31"/>
        <source>例如：已在海晏路与五四大街路口加装红绿灯并投入使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conclude_dialog.py" line="34"/>
        <source>落实情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conclude_dialog.py" line="35"/>
        <source>办结日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/crash_dialog.py" line="24"/>
        <source>程序错误 — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/crash_dialog.py" line="28"/>
        <source>程序遇到了意外错误：%s

您的数据没有丢失，未保存的修改可能需要重新填写。详细信息已写入日志文件（%s）；联系技术支持时，请点击“复制”并把下面的内容发给他们。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/crash_dialog.py" line="41"/>
        <source>复制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/crash_dialog.py" line="44"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/crash_dialog.py" line="53"/>
        <source>已复制</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="47"/>
        <source>协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="48"/>
        <source>意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="49"/>
        <source>办结率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="50"/>
        <source>按期办结率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="51"/>
        <source>满意率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="52"/>
        <source>领导批示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="53"/>
        <source>反映问题类占比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="54"/>
        <source>超期未答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="55"/>
        <source>委员参与率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="56"/>
        <source>委员出席率</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="131"/>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="137"/>
        <source>本期主要数据，与导出、打印的统计口径一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="146"/>
        <source>查看超期清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="169"/>
        <source>复制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="170"/>
        <source>复制这段文字，粘贴到工作综述中再修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="172"/>
        <source>统计段落（草稿）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="175"/>
        <source>根据上面的数字自动起草，可复制后修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="182"/>
        <source>超期与即将到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="230"/>
        <source>正在统计…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="267"/>
        <source>按季度统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="267"/>
        <source>按月统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="271"/>
        <source>统计范围：{scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="299"/>
        <source>统计段落已复制</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateList</name>
    <message>
        <location filename="../../app/ui/widgets/date_list.py" line="39"/>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/date_list.py" line="40"/>
        <source>添加从第一个日期到第二个日期的每一天（只加一天时两个日期相同）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/date_list.py" line="42"/>
        <source>删除所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/date_list.py" line="47"/>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/date_list.py" line="106"/>
        <source>共 {n} 天</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRangeFilter</name>
    <message>
        <location filename="../../app/ui/widgets/date_range.py" line="25"/>
        <source>{year}年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/date_range.py" line="28"/>
        <source>自定义…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/date_range.py" line="29"/>
        <source>全部时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/date_range.py" line="33"/>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/document_dialog.py" line="89"/>
        <source>打印文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/document_dialog.py" line="98"/>
        <source>文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/document_dialog.py" line="100"/>
        <location filename="../../app/ui/dialogs/document_dialog.py" line="157"/>
        <source>记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/document_dialog.py" line="108"/>
        <source>按数据重新起草</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/document_dialog.py" line="111"/>
        <source>根据所选时间和范围的统计数字起草，可直接修改；打印时使用框中的文字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/document_dialog.py" line="123"/>
        <source>统计段落</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/document_dialog.py" line="127"/>
        <source>生成并预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/document_dialog.py" line="129"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/document_dialog.py" line="236"/>
        <source>请先选择要打印的{noun}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/document_dialog.py" line="263"/>
        <source>正在生成{kind}……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/document_dialog.py" line="305"/>
        <source>已取消生成文档。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../app/ui/dialogs/import_check_page.py" line="193"/>
        <source>导入完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_check_page.py" line="194"/>
        <source>所有记录已在一个事务中写入。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DutyPage</name>
    <message>
        <location filename="../../app/ui/pages/duty_page.py" line="48"/>
        <source>仅显示未达标（告诫提醒）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duty_page.py" line="52"/>
        <source>排序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duty_page.py" line="64"/>
        <source>查看明细…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duty_page.py" line="73"/>
        <source>根据活动出席和意见建议记录自动统计，无需另行填报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duty_page.py" line="112"/>
        <source>正在统计…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duty_page.py" line="131"/>
        <source>出席不少于 {n} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duty_page.py" line="133"/>
        <source>缺席不多于 {n} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duty_page.py" line="135"/>
        <source>提出意见建议不少于 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duty_page.py" line="137"/>
        <source>告诫提醒标准：{checks}（{note}；标准在“设置”中修改）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duty_page.py" line="138"/>
        <source>未设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duty_page.py" line="160"/>
        <source>共 {n} 名委员，其中 {m} 名未达标</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/evaluation_dialog.py" line="58"/>
        <source>委员或提出方的评价意见（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/evaluation_dialog.py" line="60"/>
        <source>评价意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/evaluation_dialog.py" line="61"/>
        <source>评价日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="62"/>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="164"/>
        <source>导出台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="67"/>
        <source>导出一个 Excel 工作簿，含“协商议事台账”“意见建议办理台账”“站室组名册”“委员名册”和“统计”五张工作表。活动按活动时间、意见建议按提出日期计入时间范围。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="76"/>
        <source>完整导出（含完整手机号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="79"/>
        <source>完整导出时委员名册中的手机号不再隐去中间四位，本次导出会记入操作记录（审计日志）。请妥善保管导出的文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="89"/>
        <source>只有管理员和办公室工作人员可以完整导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="94"/>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="99"/>
        <source>保存到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="102"/>
        <source>导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="103"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="143"/>
        <source>导出台账到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="143"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="152"/>
        <source>请选择导出文件的保存位置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="163"/>
        <source>文件“{name}”已存在，要替换它吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="164"/>
        <source>替换</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="177"/>
        <source>正在导出台账……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="189"/>
        <source>导出完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="198"/>
        <source>无法写入文件：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="204"/>
        <source>已取消导出，没有生成文件。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExternalPdfDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/pdf_preview.py" line="239"/>
        <source>已生成“{title}”（共 {pages} 页）。本机未安装程序内预览组件（QtPdf），请用系统的 PDF 阅读器打开后查看和打印，或另存为文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/pdf_preview.py" line="244"/>
        <source>用 PDF 阅读器打开</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../app/ui/dialogs/import_file_page.py" line="30"/>
        <location filename="../../app/ui/dialogs/import_file_page.py" line="72"/>
        <source>选择要导入的台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_file_page.py" line="33"/>
        <source>可以导入本程序导出的台账，也可以导入各单位自己记的 Excel 台账（.xlsx）。下一步核对各列的含义。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_file_page.py" line="38"/>
        <source>选择或粘贴 .xlsx 文件的路径</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_file_page.py" line="40"/>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_file_page.py" line="48"/>
        <source>· 导入前会逐行检查，只要有一行有错误就不写入任何数据。
· 加密、含宏、旧版 .xls 或异常巨大的文件会被拒绝，不会读入。
· 本程序导出的台账带有“记录编号”列，修改后导入会更新原有记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_file_page.py" line="72"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_file_page.py" line="89"/>
        <source>正在读取工作簿……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_file_page.py" line="96"/>
        <source>找不到文件“{path}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_file_page.py" line="116"/>
        <source>无法读取文件：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_file_page.py" line="121"/>
        <source>已取消读取。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandlingButton</name>
    <message>
        <location filename="../../app/ui/widgets/handling_menu.py" line="146"/>
        <source>办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/handling_menu.py" line="147"/>
        <source>交办、答复、办结、催办、评价等办理步骤</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandlingMenu</name>
    <message>
        <location filename="../../app/ui/widgets/handling_menu.py" line="90"/>
        <source>办理详情…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/handling_menu.py" line="110"/>
        <source>重新交办…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/handling_menu.py" line="110"/>
        <source>交办…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/holidays_dialog.py" line="33"/>
        <source>节假日安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/holidays_dialog.py" line="37"/>
        <source> 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/holidays_dialog.py" line="42"/>
        <source>年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/holidays_dialog.py" line="43"/>
        <source>法定节假日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/holidays_dialog.py" line="44"/>
        <source>调休上班日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/holidays_dialog.py" line="48"/>
        <source>删除本年录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/holidays_dialog.py" line="49"/>
        <source>删除办公室为该年录入的日期，改回使用日历数据包（如有）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/holidays_dialog.py" line="52"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/holidays_dialog.py" line="54"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/holidays_dialog.py" line="72"/>
        <source>按国务院办公厅当年发布的节假日安排录入：放假的每一天列为法定节假日，周末调休上班的日子列为调休上班日。普通周末无需录入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/holidays_dialog.py" line="93"/>
        <source>日历数据包已收录{year}年的节假日安排，通常无需录入；在此录入的日期会逐日覆盖数据包。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/holidays_dialog.py" line="97"/>
        <source>日历数据包尚未收录{year}年的节假日安排（已收录 {first}–{last} 年）。录入后，办理时限和退办期限将按这里的日期计算工作日。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/holidays_dialog.py" line="126"/>
        <source>确定删除为{year}年录入的节假日安排吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/holidays_dialog.py" line="127"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="31"/>
        <source>导入台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="36"/>
        <source>上一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="37"/>
        <source>下一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="38"/>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="39"/>
        <source>完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="40"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstructionDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/instruction_dialog.py" line="18"/>
        <source>例如：市委副书记 王××</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/instruction_dialog.py" line="21"/>
        <source>批示原文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/instruction_dialog.py" line="23"/>
        <source>批示领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/instruction_dialog.py" line="24"/>
        <source>批示日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/instruction_dialog.py" line="25"/>
        <source>批示内容</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerTools</name>
    <message>
        <location filename="../../app/ui/widgets/ledger_tools.py" line="64"/>
        <source>导出台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/ledger_tools.py" line="65"/>
        <source>按当前筛选条件导出 Excel 台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/ledger_tools.py" line="73"/>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/ledger_tools.py" line="74"/>
        <source>为选中的记录生成可打印的文档</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../app/ui/pages/list_page.py" line="77"/>
        <source>新建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_page.py" line="78"/>
        <source>编辑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_page.py" line="79"/>
        <location filename="../../app/ui/pages/list_page.py" line="279"/>
        <source>归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_page.py" line="80"/>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_page.py" line="81"/>
        <source>新建一条记录（Ctrl+N）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_page.py" line="82"/>
        <source>归档后默认不再显示，可随时恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_page.py" line="83"/>
        <source>搜索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_page.py" line="113"/>
        <source>显示已归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_page.py" line="171"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_page.py" line="239"/>
        <source>共 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_page.py" line="277"/>
        <source>确定要归档“{name}”吗？
归档后默认不在列表中显示，勾选“显示已归档”可以找回并恢复。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/actions.py" line="33"/>
        <source>&lt;h3&gt;{name}&lt;/h3&gt;&lt;p&gt;版本 {version}&lt;/p&gt;&lt;p&gt;记录政协“站、室、组”的协商议事活动，跟踪每条意见建议从交办、办理、答复到办结和评价的全过程。&lt;/p&gt;&lt;p&gt;数据保存在本机，无需联网。&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="40"/>
        <location filename="../../app/ui/main_window.py" line="83"/>
        <source>关于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="43"/>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="58"/>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="59"/>
        <source>视图(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="60"/>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="73"/>
        <source>导入台账…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="74"/>
        <source>导出台账…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="75"/>
        <source>打印文档…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="76"/>
        <source>设置…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="78"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="80"/>
        <source>工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="81"/>
        <source>检索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="82"/>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>数据库：{url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147"/>
        <source>当前用户：{name}（{role}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_actions.py" line="51"/>
        <source>只读用户不能导入台账。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../app/ui/dialogs/import_mapping_page.py" line="54"/>
        <source>核对各列的含义</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_mapping_page.py" line="55"/>
        <source>已按列名自动对应到台账的字段。请逐列核对，不需要的列选“忽略”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_mapping_page.py" line="59"/>
        <source>不导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_mapping_page.py" line="63"/>
        <source>第 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_mapping_page.py" line="64"/>
        <source> 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_mapping_page.py" line="67"/>
        <source>工作表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_mapping_page.py" line="70"/>
        <source>作为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_mapping_page.py" line="73"/>
        <source>表头在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_mapping_page.py" line="78"/>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_mapping_page.py" line="78"/>
        <source>文件中的列名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_mapping_page.py" line="78"/>
        <source>示例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_mapping_page.py" line="78"/>
        <source>导入为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_mapping_page.py" line="93"/>
        <source>例如：城西区胜利路委员驿站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_mapping_page.py" line="95"/>
        <source>例如：城西区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_mapping_page.py" line="99"/>
        <source>未填站室组的行归入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_mapping_page.py" line="100"/>
        <source>新建站室组所属县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_mapping_page.py" line="106"/>
        <source>文件前几行（表头以下）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_mapping_page.py" line="155"/>
        <source>（无列名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_mapping_page.py" line="160"/>
        <source>忽略</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_mapping_page.py" line="210"/>
        <source>有两列对应到同一字段，请只保留一列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_mapping_page.py" line="235"/>
        <source>正在逐行检查……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_mapping_page.py" line="240"/>
        <source>没有要导入的工作表。请至少为一张工作表选择台账类型。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="50"/>
        <source>委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="55"/>
        <source>未填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="56"/>
        <source>选择或输入界别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="57"/>
        <source>选择或输入党派</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="59"/>
        <source>例如：十五届</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="65"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="66"/>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="67"/>
        <source>界别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="68"/>
        <source>党派</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="69"/>
        <source>届次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="70"/>
        <source>工作单位及职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="71"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="72"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDutyDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="54"/>
        <source>履职档案：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="64"/>
        <source>告诫提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="67"/>
        <source>统计范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="68"/>
        <source>所在站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="69"/>
        <source>出席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="69"/>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="70"/>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="71"/>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="73"/>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="74"/>
        <source>{n} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="70"/>
        <source>请假</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="71"/>
        <source>缺席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="72"/>
        <source>提出意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="72"/>
        <source>{n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="73"/>
        <source>召集活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="74"/>
        <source>视察调研</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="79"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="79"/>
        <source>议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="79"/>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="94"/>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="79"/>
        <source>形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="79"/>
        <source>参加情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="86"/>
        <source>召集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="94"/>
        <source>提出日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="94"/>
        <source>建议标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="94"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="103"/>
        <source>参加的活动（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="105"/>
        <source>提出的意见建议（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="107"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_duty_detail.py" line="110"/>
        <source>双击活动或建议查看详情。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../app/ui/dialogs/member_picker.py" line="30"/>
        <source>选择委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_picker.py" line="33"/>
        <source>输入姓名或界别筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_picker.py" line="47"/>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_picker.py" line="48"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_picker.py" line="54"/>
        <source>勾选要添加的委员，可多选。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyChart</name>
    <message>
        <location filename="../../app/ui/widgets/charts.py" line="79"/>
        <source>按月统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/charts.py" line="82"/>
        <source>协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/charts.py" line="83"/>
        <source>意见建议</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotAdoptDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/decision_dialogs.py" line="40"/>
        <source>例如：所提事项已列入今年城建计划，留作参考</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decision_dialogs.py" line="42"/>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decision_dialogs.py" line="43"/>
        <source>决定日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../app/ui/widgets/notice_banner.py" line="30"/>
        <source>关闭提示</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverdueTable</name>
    <message>
        <location filename="../../app/ui/widgets/overdue_table.py" line="65"/>
        <source>催办…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/overdue_table.py" line="67"/>
        <source>办理详情…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/overdue_table.py" line="115"/>
        <source>超期未答复（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/overdue_table.py" line="116"/>
        <source>即将到期（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/overdue_table.py" line="131"/>
        <source>超期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/overdue_table.py" line="131"/>
        <source>剩余</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/overdue_table.py" line="135"/>
        <location filename="../../app/ui/widgets/overdue_table.py" line="137"/>
        <source>{n} 个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/overdue_table.py" line="139"/>
        <source>今天到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/overdue_table.py" line="146"/>
        <source>{n} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/overdue_table.py" line="161"/>
        <source>最近催办：{day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/overdue_table.py" line="171"/>
        <source>没有超期未答复的意见建议。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/overdue_table.py" line="171"/>
        <source>近期没有即将到期的意见建议。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/overdue_table.py" line="174"/>
        <source>只列出最紧急的 {n} 条；完整清单可在“意见建议”页勾选“只看超期”查看。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/overdue_table.py" line="195"/>
        <source>记录一次催办、督办或电话沟通</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../app/ui/pages/members_page.py" line="16"/>
        <source>委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members_page.py" line="17"/>
        <source>政协委员名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members_page.py" line="18"/>
        <source>搜索姓名、界别、党派或工作单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members_page.py" line="33"/>
        <source>界别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members_page.py" line="35"/>
        <location filename="../../app/ui/pages/platforms_page.py" line="17"/>
        <location filename="../../app/ui/pages/sessions_page.py" line="45"/>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/platforms_page.py" line="18"/>
        <source>委员驿站、委员工作室、委员联络组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/platforms_page.py" line="19"/>
        <source>搜索名称、县区、乡镇街道、地址或联络人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/platforms_page.py" line="33"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/platforms_page.py" line="36"/>
        <location filename="../../app/ui/pages/sessions_page.py" line="48"/>
        <location filename="../../app/ui/pages/suggestions_page.py" line="50"/>
        <source>县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="26"/>
        <source>协商议事</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="27"/>
        <source>各站室组开展的协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="28"/>
        <source>搜索议题、地点或站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="51"/>
        <location filename="../../app/ui/pages/suggestions_page.py" line="46"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="52"/>
        <source>形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="53"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/suggestions_page.py" line="26"/>
        <source>意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/suggestions_page.py" line="27"/>
        <source>协商成果的交办、办理与答复；红色为超期未答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/suggestions_page.py" line="28"/>
        <source>搜索标题、内容、答复或承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/suggestions_page.py" line="47"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/units_page.py" line="16"/>
        <source>承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/units_page.py" line="17"/>
        <source>负责办理意见建议的部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/units_page.py" line="18"/>
        <source>搜索单位名称或联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="120"/>
        <source>工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duty_page.py" line="33"/>
        <source>履职档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/search_page.py" line="37"/>
        <source>检索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="59"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <location filename="../../app/ui/widgets/participants_editor.py" line="27"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/participants_editor.py" line="27"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/participants_editor.py" line="27"/>
        <source>单位或职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/participants_editor.py" line="36"/>
        <source>添加人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/participants_editor.py" line="38"/>
        <source>删除所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/participants_editor.py" line="44"/>
        <source>双击单元格填写姓名和单位</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewBase</name>
    <message>
        <location filename="../../app/ui/dialogs/pdf_preview.py" line="51"/>
        <source>预览：{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/pdf_preview.py" line="54"/>
        <source>另存为…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/pdf_preview.py" line="56"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/pdf_preview.py" line="62"/>
        <source>另存为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/pdf_preview.py" line="62"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/pdf_preview.py" line="70"/>
        <source>无法保存文件：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/pdf_preview.py" line="103"/>
        <source>无法打开生成的 PDF 文件（{error}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/pdf_preview.py" line="111"/>
        <source>上一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/pdf_preview.py" line="112"/>
        <source>下一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/pdf_preview.py" line="115"/>
        <source>第 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/pdf_preview.py" line="116"/>
        <source> 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/pdf_preview.py" line="117"/>
        <source>共 {n} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/pdf_preview.py" line="119"/>
        <source>适合宽度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/pdf_preview.py" line="120"/>
        <source>整页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/pdf_preview.py" line="123"/>
        <source>缩小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/pdf_preview.py" line="124"/>
        <source>放大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/pdf_preview.py" line="125"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformChart</name>
    <message>
        <location filename="../../app/ui/widgets/charts.py" line="135"/>
        <source>各站室组开展活动次数（前 {n} 位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/charts.py" line="164"/>
        <source>本期没有协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/platform_dialog.py" line="26"/>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/platform_dialog.py" line="32"/>
        <source>例如：城西区胜利路街道委员驿站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/platform_dialog.py" line="38"/>
        <source>选择或输入县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/platform_dialog.py" line="43"/>
        <source>已填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/platform_dialog.py" line="44"/>
        <source>正常开展活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/platform_dialog.py" line="49"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/platform_dialog.py" line="50"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/platform_dialog.py" line="51"/>
        <source>县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/platform_dialog.py" line="52"/>
        <source>乡镇街道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/platform_dialog.py" line="53"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/platform_dialog.py" line="54"/>
        <source>联络人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/platform_dialog.py" line="55"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/platform_dialog.py" line="56"/>
        <source>成立日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/platform_dialog.py" line="57"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/platform_dialog.py" line="58"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/evaluation_dialog.py" line="83"/>
        <source>承办单位对建议质量的评价意见（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/evaluation_dialog.py" line="85"/>
        <source>建议质量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/evaluation_dialog.py" line="86"/>
        <source>评价意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/evaluation_dialog.py" line="87"/>
        <source>评价日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordChooser</name>
    <message>
        <location filename="../../app/ui/widgets/record_chooser.py" line="62"/>
        <source>搜索议题、地点或站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/record_chooser.py" line="73"/>
        <source>搜索标题、内容或承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/record_chooser.py" line="83"/>
        <source>搜索单位名称或联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/record_chooser.py" line="94"/>
        <source>搜索姓名、界别或工作单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/record_chooser.py" line="152"/>
        <source>选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/record_chooser.py" line="167"/>
        <source>请选择{noun}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/record_dialog.py" line="53"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/record_dialog.py" line="57"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/record_dialog.py" line="97"/>
        <source>新建%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/record_dialog.py" line="97"/>
        <source>编辑%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/record_dialog.py" line="121"/>
        <source>保存冲突</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../app/ui/widgets/record_chooser.py" line="104"/>
        <source>选择{noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/record_chooser.py" line="120"/>
        <source>选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/record_chooser.py" line="121"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/reminder_dialog.py" line="21"/>
        <source>催办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/reminder_dialog.py" line="28"/>
        <source>交办日期 {assigned}，办理时限 {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/reminder_dialog.py" line="38"/>
        <source>例如：电话联系承办科室，要求本周内书面答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/reminder_dialog.py" line="40"/>
        <source>方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/reminder_dialog.py" line="41"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/reminder_dialog.py" line="42"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/decision_dialogs.py" line="60"/>
        <source>答复和办结记录将清除（仍保留在时间线上），意见建议回到“办理中”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decision_dialogs.py" line="62"/>
        <source>意见建议回到“待交办”，可重新交办。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decision_dialogs.py" line="65"/>
        <source>例如：委员对答复不满意，要求继续办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decision_dialogs.py" line="67"/>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decision_dialogs.py" line="68"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decision_dialogs.py" line="69"/>
        <source>设定新的办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decision_dialogs.py" line="72"/>
        <source>新时限</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/reply_dialog.py" line="20"/>
        <source>承办单位的答复意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/reply_dialog.py" line="34"/>
        <source>答复内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/reply_dialog.py" line="35"/>
        <source>办理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/reply_dialog.py" line="36"/>
        <source>答复日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/reply_dialog.py" line="44"/>
        <source>请选择办理结果（A、B 或 C）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/return_dialog.py" line="24"/>
        <source>例如：该事项属区住建局职责，不属本单位办理范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/return_dialog.py" line="27"/>
        <source>退办理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/return_dialog.py" line="28"/>
        <source>退办日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/return_dialog.py" line="35"/>
        <source>退办须在交办后 {n} 个工作日内提出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/return_dialog.py" line="39"/>
        <source>（交办日期 {day}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/return_dialog.py" line="40"/>
        <source>（交办日期 {day}，退办截止 {end}）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeBar</name>
    <message>
        <location filename="../../app/ui/widgets/scope_bar.py" line="63"/>
        <source>本年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/scope_bar.py" line="64"/>
        <source>上年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/scope_bar.py" line="65"/>
        <source>本季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/scope_bar.py" line="66"/>
        <source>上季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/scope_bar.py" line="67"/>
        <source>全部时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/scope_bar.py" line="68"/>
        <source>自定义…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/scope_bar.py" line="74"/>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/scope_bar.py" line="82"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/scope_bar.py" line="88"/>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/scope_bar.py" line="91"/>
        <source>县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/scope_bar.py" line="104"/>
        <source>全部站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/scope_bar.py" line="105"/>
        <source>全部县区</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeFields</name>
    <message>
        <location filename="../../app/ui/widgets/scope_fields.py" line="40"/>
        <source>全部站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/scope_fields.py" line="43"/>
        <source>全部县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/scope_fields.py" line="45"/>
        <source>时间范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/scope_fields.py" line="46"/>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/scope_fields.py" line="47"/>
        <source>县区</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../app/ui/pages/search_page.py" line="43"/>
        <source>输入要查找的字词，例如：交通&#x3000;红绿灯（多个词用空格分开）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/search_page.py" line="48"/>
        <source>协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/search_page.py" line="48"/>
        <source>意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/search_page.py" line="49"/>
        <source>活动和建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/search_page.py" line="62"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/search_page.py" line="65"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/search_page.py" line="77"/>
        <source>在议题、会议纪要、形成共识、建议内容、答复、落实情况和承办单位中查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/search_page.py" line="91"/>
        <source>双击结果打开活动详情或意见建议的办理详情。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/search_page.py" line="108"/>
        <source>活动：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/search_page.py" line="111"/>
        <source>建议：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/search_page.py" line="114"/>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/search_page.py" line="142"/>
        <source>没有找到包含“{text}”的记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/search_page.py" line="145"/>
        <source>找到很多，只显示最新的 {n} 条；可加词或筛选缩小范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/search_page.py" line="148"/>
        <source>找到 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDetailDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="49"/>
        <location filename="../../app/ui/dialogs/session_detail.py" line="81"/>
        <source>编辑…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="51"/>
        <source>登记意见建议…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="54"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="80"/>
        <source>协商议事活动：{topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="81"/>
        <source>查看登记…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="89"/>
        <source>概况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="91"/>
        <source>意见建议（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="96"/>
        <source>时间线（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="100"/>
        <source>附件（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="110"/>
        <source>{form}，地点：{place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="112"/>
        <source>；出席委员 {n} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="117"/>
        <source>召开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="117"/>
        <source>计划召开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="153"/>
        <source>议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="154"/>
        <source>议题来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="155"/>
        <source>活动时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="156"/>
        <source>形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="157"/>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="158"/>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="159"/>
        <source>县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="160"/>
        <source>召集人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="161"/>
        <source>主持人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="163"/>
        <source>群众代表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="164"/>
        <source>{n} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="174"/>
        <source>基本情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="177"/>
        <source>会议纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="177"/>
        <source>尚未录入会议纪要。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="178"/>
        <source>形成共识</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="178"/>
        <source>尚未录入形成的共识。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="180"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="200"/>
        <source>参会委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="208"/>
        <location filename="../../app/ui/dialogs/session_detail.py" line="209"/>
        <source>其他参会人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_detail.py" line="208"/>
        <source>未登记其他参会人员。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/session_dialog.py" line="34"/>
        <source>协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_dialog.py" line="39"/>
        <source>例如：老旧小区加装电梯怎么推进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_dialog.py" line="44"/>
        <source>请选择站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_dialog.py" line="49"/>
        <source>未指定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_dialog.py" line="52"/>
        <source>未填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_dialog.py" line="53"/>
        <source> 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_dialog.py" line="58"/>
        <source>议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_dialog.py" line="59"/>
        <source>议题来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_dialog.py" line="60"/>
        <source>活动时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_dialog.py" line="61"/>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_dialog.py" line="62"/>
        <source>形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_dialog.py" line="63"/>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_dialog.py" line="64"/>
        <source>召集人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_dialog.py" line="65"/>
        <source>主持人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_dialog.py" line="66"/>
        <source>群众代表人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_dialog.py" line="68"/>
        <location filename="../../app/ui/dialogs/session_dialog.py" line="70"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_dialog.py" line="71"/>
        <source>状态在列表的“状态”菜单中变更。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_dialog.py" line="78"/>
        <source>会议纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_dialog.py" line="79"/>
        <source>形成共识</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_dialog.py" line="80"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_dialog.py" line="85"/>
        <source>基本信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_dialog.py" line="86"/>
        <source>参会委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_dialog.py" line="87"/>
        <source>其他参会人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_dialog.py" line="88"/>
        <source>纪要与共识</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSuggestions</name>
    <message>
        <location filename="../../app/ui/widgets/session_suggestions.py" line="62"/>
        <source>双击查看办理详情；红色为超期未答复</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="76"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="65"/>
        <source> 个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="67"/>
        <source>例如：西宁市政协办公室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="70"/>
        <source>不提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="71"/>
        <source>不检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="72"/>
        <location filename="../../app/ui/pages/settings_page.py" line="73"/>
        <source> 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="74"/>
        <source> 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="78"/>
        <source>单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="79"/>
        <source>印在交办单、催办单、工作综述等文件上。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="80"/>
        <source>办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="81"/>
        <source>交办后多少个工作日内答复；交办时可逐条调整。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="82"/>
        <source>退办期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="83"/>
        <source>承办单位须在交办后多少个工作日内提出退办。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="84"/>
        <source>到期提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="85"/>
        <source>离办理时限还有多少个工作日时列入“即将到期”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="88"/>
        <source>每年最少出席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="89"/>
        <source>每年最多缺席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="90"/>
        <source>每年最少提出意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="91"/>
        <source>低于标准的委员列入履职档案的“告诫提醒”名单；设为 0 则不检查该项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="94"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="97"/>
        <source>撤销修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="113"/>
        <source>录入或修改节假日…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="116"/>
        <source>节假日安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="120"/>
        <source>工作日按国家法定节假日和调休安排计算。日历数据包已收录 {first}–{last} 年；国务院办公厅公布新一年的安排后，请在这里录入该年的节假日和调休上班日。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="135"/>
        <source>单位与办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="136"/>
        <source>委员履职提醒标准（每年）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="158"/>
        <source>全单位共用，保存在数据库中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="160"/>
        <source>只有管理员和办公室工作人员可以修改设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="195"/>
        <source>{year}年：法定节假日 {h} 天，调休上班日 {w} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="202"/>
        <source>尚未录入任何年份（均使用日历数据包）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="258"/>
        <source>有设置未能保存，请看红字说明。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="265"/>
        <source>已保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="265"/>
        <source>没有需要保存的修改。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateButton</name>
    <message>
        <location filename="../../app/ui/widgets/state_button.py" line="26"/>
        <source>变更状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/state_button.py" line="37"/>
        <source>改为“{state}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/step_dialog.py" line="63"/>
        <source>{title}（当前状态：{state}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/step_dialog.py" line="75"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionDetailDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="55"/>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="89"/>
        <source>编辑…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="57"/>
        <source>所属活动…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="59"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="84"/>
        <source>意见建议：{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="89"/>
        <source>查看登记…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="96"/>
        <source>详情</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="99"/>
        <source>时间线（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="105"/>
        <source>附件（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="119"/>
        <source>超期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="142"/>
        <source>{day}（已超期 {n} 个工作日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="143"/>
        <source>{day}（剩余 {n} 个工作日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="154"/>
        <source>提出日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="155"/>
        <source>提出人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="157"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="158"/>
        <source>（反映问题类）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="160"/>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="161"/>
        <source>所属活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="166"/>
        <source>主办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="167"/>
        <source>会办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="168"/>
        <source>办理方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="169"/>
        <source>交办日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="170"/>
        <source>办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="171"/>
        <source>答复日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="172"/>
        <source>办理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="173"/>
        <source>办结日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="174"/>
        <source>退办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="182"/>
        <source>委员评价日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="183"/>
        <source>建议质量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="184"/>
        <source>质量评价日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="193"/>
        <source>基本情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="194"/>
        <source>建议内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="194"/>
        <source>未填写建议内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="195"/>
        <source>办理情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="196"/>
        <source>答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="196"/>
        <source>尚未答复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="197"/>
        <source>落实情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="197"/>
        <source>尚未办结。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="200"/>
        <source>领导批示（{n} 件次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="202"/>
        <source>没有领导批示。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_detail.py" line="205"/>
        <source>双向评价</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_dialog.py" line="37"/>
        <source>意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_dialog.py" line="46"/>
        <source>反映问题类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_dialog.py" line="49"/>
        <source>来自协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_dialog.py" line="50"/>
        <source>直接登记到站室组（如视察调研）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_dialog.py" line="62"/>
        <source>尚未选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_dialog.py" line="63"/>
        <source>选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_dialog.py" line="72"/>
        <source>请选择站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_dialog.py" line="73"/>
        <source>已填写（不填则用活动日期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_dialog.py" line="75"/>
        <source>未指定委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_dialog.py" line="77"/>
        <source>非委员提出时填写，例如：胜利路社区居民</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_dialog.py" line="82"/>
        <source>建议标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_dialog.py" line="83"/>
        <source>建议内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_dialog.py" line="84"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_dialog.py" line="85"/>
        <source>性质</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_dialog.py" line="86"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_dialog.py" line="87"/>
        <source>所属活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_dialog.py" line="88"/>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_dialog.py" line="89"/>
        <source>提出日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_dialog.py" line="90"/>
        <source>提出委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_dialog.py" line="91"/>
        <source>其他提出人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_dialog.py" line="92"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/suggestion_dialog.py" line="155"/>
        <source>请选择所属协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsPage</name>
    <message>
        <location filename="../../app/ui/pages/suggestions_page.py" line="77"/>
        <source>只看超期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/unit_dialog.py" line="23"/>
        <source>承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unit_dialog.py" line="27"/>
        <source>例如：市住房和城乡建设局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unit_dialog.py" line="33"/>
        <source>单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unit_dialog.py" line="34"/>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unit_dialog.py" line="35"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unit_dialog.py" line="36"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../app/ui/tasks.py" line="200"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="201"/>
        <source>请稍候</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
