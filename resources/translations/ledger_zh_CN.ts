<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
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
    <name>Columns</name>
    <message>
        <location filename="../../app/ui/dialogs/session_picker.py" line="24"/>
        <location filename="../../app/ui/pages/sessions_page.py" line="28"/>
        <source>活动时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_picker.py" line="25"/>
        <location filename="../../app/ui/pages/sessions_page.py" line="29"/>
        <source>议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_picker.py" line="26"/>
        <location filename="../../app/ui/pages/sessions_page.py" line="30"/>
        <location filename="../../app/ui/pages/suggestions_page.py" line="34"/>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members_page.py" line="21"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members_page.py" line="22"/>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members_page.py" line="23"/>
        <source>界别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members_page.py" line="24"/>
        <source>党派</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members_page.py" line="25"/>
        <source>届次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members_page.py" line="26"/>
        <source>工作单位及职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members_page.py" line="27"/>
        <location filename="../../app/ui/pages/platforms_page.py" line="27"/>
        <location filename="../../app/ui/pages/units_page.py" line="23"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members_page.py" line="28"/>
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
        <location filename="../../app/ui/pages/sessions_page.py" line="31"/>
        <location filename="../../app/ui/pages/suggestions_page.py" line="37"/>
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
        <location filename="../../app/ui/pages/sessions_page.py" line="32"/>
        <source>议题来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="33"/>
        <source>形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="34"/>
        <source>召集人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="35"/>
        <location filename="../../app/ui/pages/suggestions_page.py" line="30"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="36"/>
        <source>建议数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="37"/>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/suggestions_page.py" line="27"/>
        <source>提出日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/suggestions_page.py" line="28"/>
        <source>建议标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/suggestions_page.py" line="29"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/suggestions_page.py" line="31"/>
        <source>主办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/suggestions_page.py" line="32"/>
        <source>办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/suggestions_page.py" line="33"/>
        <source>答复日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/suggestions_page.py" line="35"/>
        <source>提出人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/suggestions_page.py" line="36"/>
        <source>办理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/units_page.py" line="21"/>
        <source>单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/units_page.py" line="22"/>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/units_page.py" line="24"/>
        <source>主办建议数</source>
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
    <name>ListPage</name>
    <message>
        <location filename="../../app/ui/pages/list_page.py" line="74"/>
        <source>新建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_page.py" line="75"/>
        <source>编辑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_page.py" line="76"/>
        <location filename="../../app/ui/pages/list_page.py" line="262"/>
        <source>归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_page.py" line="77"/>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_page.py" line="78"/>
        <source>新建一条记录（Ctrl+N）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_page.py" line="79"/>
        <source>归档后默认不再显示，可随时恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_page.py" line="80"/>
        <source>搜索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_page.py" line="107"/>
        <source>显示已归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_page.py" line="165"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_page.py" line="222"/>
        <source>共 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_page.py" line="260"/>
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
        <location filename="../../app/ui/main_window.py" line="61"/>
        <source>关于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="43"/>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="42"/>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="43"/>
        <source>视图(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="44"/>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="58"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="60"/>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="120"/>
        <source>数据库：{url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="124"/>
        <source>当前用户：{name}（{role}）</source>
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
        <location filename="../../app/ui/pages/members_page.py" line="32"/>
        <source>界别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/members_page.py" line="34"/>
        <location filename="../../app/ui/pages/platforms_page.py" line="17"/>
        <location filename="../../app/ui/pages/sessions_page.py" line="40"/>
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
        <location filename="../../app/ui/pages/sessions_page.py" line="43"/>
        <location filename="../../app/ui/pages/suggestions_page.py" line="44"/>
        <source>县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="22"/>
        <source>协商议事</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="23"/>
        <source>各站室组开展的协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="24"/>
        <source>搜索议题、地点或站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="46"/>
        <location filename="../../app/ui/pages/suggestions_page.py" line="40"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="47"/>
        <source>形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="48"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/suggestions_page.py" line="21"/>
        <source>意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/suggestions_page.py" line="22"/>
        <source>协商成果的交办、办理与答复；红色为超期未答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/suggestions_page.py" line="23"/>
        <source>搜索标题、内容、答复或承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/suggestions_page.py" line="41"/>
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
    <name>SessionPicker</name>
    <message>
        <location filename="../../app/ui/dialogs/session_picker.py" line="33"/>
        <source>选择协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_picker.py" line="36"/>
        <source>搜索议题、地点或站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_picker.py" line="49"/>
        <source>选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/session_picker.py" line="50"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../app/ui/pages/sessions_page.py" line="62"/>
        <source>时间</source>
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
        <location filename="../../app/ui/pages/suggestions_page.py" line="58"/>
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
